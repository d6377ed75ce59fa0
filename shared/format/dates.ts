const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

/** "2026-11-23" or an ISO timestamp → "23/11/2026". Empty for empty input. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const monthFormats = {
  long: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat('fr-FR', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
  abbr: new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' }),
};

/**
 * A month "2025-01" as French print writes it: long « janvier 2025 », short « janv. 25 » (tables),
 * abbr « janv. » (a chart's axis); French abbreviations keep their full stop.
 */
export function formatMonth(month: string, style: keyof typeof monthFormats = 'long'): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  return /^\d{4}-\d{2}$/.test(month) && !Number.isNaN(date.getTime()) ? monthFormats[style].format(date) : month;
}

/** ISO timestamp → "23/11/2026 10:42" (Paris time). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date).replace(',', '');
}

/**
 * Reads a date as French people type or store it: "23/11/2026", "23-11-2026", "23.11.26",
 * "2026-11-23", or an Excel serial number. Returns ISO "YYYY-MM-DD", or null if it is not a date.
 */
export function parseFrenchDate(value: string | number | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return excelSerialToIso(value);
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (iso) return validIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const french = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(text);
  if (french) {
    const year = Number(french[3]);
    return validIso(year < 100 ? 2000 + year : year, Number(french[2]), Number(french[1]));
  }
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return excelSerialToIso(Number(text.replace(',', '.')));
  return null;
}

function validIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Excel's day 1 is 1900-01-01 and it counts a 29/02/1900 that never was. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const days = Math.floor(serial) - (serial >= 60 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 31) + days * 86_400_000).toISOString().slice(0, 10);
}
