/**
 * A file name after the structure, safe on Windows, macOS and Linux: no reserved characters,
 * no trailing dot or space, not too long (emails and zip tools truncate long names).
 */
export function collectionFileName(structureName: string, period: { from: string; to: string }, taken: Set<string>): string {
  const safe =
    structureName
      .normalize('NFC')
      .replace(/[\\/:*?"<>|]/g, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80) || 'Structure';
  // The period in the name (« CDD 2025-01 à 2025-12 »): two rounds of one structure never look alike.
  const base = `CDD ${period.from === period.to ? period.from : `${period.from} à ${period.to}`} - ${safe}`;
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n}).xlsx`;
  taken.add(name.toLowerCase());
  return name;
}
