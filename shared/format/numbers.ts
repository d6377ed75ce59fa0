const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

// Intl uses narrow no-break spaces as thousands separators; keep them (they do not wrap).
export const formatInteger = (value: number | null | undefined) => (value == null ? '' : integer.format(value));
export const formatDecimal = (value: number | null | undefined) => (value == null ? '' : decimal.format(value));
export const formatOneDecimal = (value: number | null | undefined) => (value == null ? '' : oneDecimal.format(value));
export const formatPercent = (ratio: number | null | undefined) => (ratio == null ? '' : percent.format(ratio));
/** Money is kept in cents. */
export const formatEuros = (cents: number | null | undefined) => (cents == null ? '' : euros.format(cents / 100));

/**
 * A file size in French units, rounded up (a 71-byte file is « 71 octets », 1 025 bytes « 1,1 Ko »,
 * never « 0 o » nor a size smaller than the file).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${integer.format(bytes)}\u00a0${bytes < 2 ? 'octet' : 'octets'}`;
  const up = (value: number) => oneDecimal.format(Math.ceil(value * 10) / 10).replace(/,0$/, '');
  if (bytes < 1024 * 1024) return `${up(bytes / 1024)}\u00a0Ko`;
  if (bytes < 1024 * 1024 * 1024) return `${up(bytes / 1024 / 1024)}\u00a0Mo`;
  return `${up(bytes / 1024 / 1024 / 1024)}\u00a0Go`;
}

/** FTE always with 2 decimals (« 0,90 », « 0,97 »): one rule per quantity on every screen and sheet (issue 7). */
const twoDecimals = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatFte = (value: number | null | undefined) => (value == null ? '' : twoDecimals.format(value));
/** Hours always with 1 decimal (« 133,9 »). */
export const formatHours = (value: number | null | undefined) => (value == null ? '' : oneDecimal.format(value));

/**
 * Reads a number as French people type it: "12,5", "1 607", "12 h", "1.607,50", "  3 ".
 * Returns null when it is not a number (the caller says so to the person).
 */
export function parseFrenchNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/(h|heures?|€|eur|etp)$/i, '');
  if (text === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '');
  text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}
