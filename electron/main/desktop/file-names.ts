/** Names Windows refuses for a file, whatever the extension (CON.passerelles cannot be created). */
const reservedWindowsNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A name the person typed (an association's name), made safe as a default file name on every
 * system: no / \ : * ? " < > | nor control characters, no trailing dot or space (Windows drops
 * them), not a reserved Windows name, not empty, not too long.
 */
export function safeFileName(name: string, fallback = 'Association'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  let clean = name.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  clean = clean.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (clean.length > 120) clean = clean.slice(0, 120).trim();
  if (clean === '') return fallback;
  if (reservedWindowsNames.test(clean)) return `${clean} (association)`;
  return clean;
}
