/**
 * A file name after the structure, safe on Windows, macOS and Linux: no reserved characters,
 * no trailing dot or space, not too long (emails and zip tools truncate long names).
 */
export function collectionFileName(structureName: string, periodStart: string, taken: Set<string>): string {
  const safe =
    structureName
      .normalize('NFC')
      .replace(/[\\/:*?"<>|]/g, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80) || 'Structure';
  const base = `CDD ${periodStart} - ${safe}`;
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n}).xlsx`;
  taken.add(name.toLowerCase());
  return name;
}
