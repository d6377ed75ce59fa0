/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const forbidden = /[<>:"/\\|?*\u0000-\u001f]/g;

/**
 * « E-mail - Unifaf (OPCO Santé) - Formation.eml »: readable, safe on every system, and never the
 * name of a file already there (a numbered suffix instead).
 */
export function draftFileName(baseName: string, isTaken: (name: string) => boolean): string {
  const clean = baseName.replace(forbidden, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '').slice(0, 120) || 'E-mail';
  let name = `${clean}.eml`;
  for (let n = 2; isTaken(name); n += 1) name = `${clean} (${n}).eml`;
  return name;
}
