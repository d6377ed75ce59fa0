import { cddReasons, type CddReason } from '../../../../shared/domain/cdd-reasons';
import { excelSerialToIso, parseFrenchDate } from '../../../../shared/format/dates';
import { parseFrenchNumber } from '../../../../shared/format/numbers';
import { normaliseHeader } from './headers';
import type { CellValue } from '../xlsx-reader/read-workbook';

const monthNames = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const pad = (n: number) => String(n).padStart(2, '0');
const validMonth = (year: number, month: number) => (year >= 1990 && year <= 2100 && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : null);

/** Dates before 1990 are no CDD month: a small number in the month column is a typo, not a serial. */
const minSerial = 32874;

function monthOfText(text: string): string | null {
  const trimmed = text.trim();
  let match = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed);
  if (match) return validMonth(Number(match[2]), Number(match[1]));
  match = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(trimmed);
  if (match) return validMonth(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})\s*[/.-]\s*(\d{2})$/.exec(trimmed);
  if (match && Number(match[1]) <= 12) return validMonth(2000 + Number(match[2]), Number(match[1]));
  // "janvier 2025", "janv. 2025", "Janv-25"
  const words = /^([a-z]+)\.?\s*[-\s]?\s*(\d{2}|\d{4})$/.exec(normaliseHeader(trimmed).replace(/\s+(?=\d)/, ' '));
  if (words?.[1] && words[1].length >= 3) {
    const index = monthNames.findIndex((name) => name.startsWith(words[1] ?? ''));
    const year = Number(words[2]);
    if (index >= 0) return validMonth(year < 100 ? 2000 + year : year, index + 1);
  }
  const iso = parseFrenchDate(trimmed);
  return iso ? iso.slice(0, 7) : null;
}

const monthCache = new Map<string, string | null>();

/** A month as members write it: "03/2025", "2025-03", "mars 2025", a date, or an Excel date serial. */
export function parseMonth(value: CellValue): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    if (value < minSerial) return null;
    return excelSerialToIso(value)?.slice(0, 7) ?? null;
  }
  let month = monthCache.get(value);
  if (month === undefined) {
    month = monthOfText(value);
    if (monthCache.size < 10_000) monthCache.set(value, month);
  }
  return month;
}

/** "12,5" → 12.5, "12 h" → 12; null for blank; NaN for text that is no number. */
export function parseAmount(value: CellValue): number | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number.NaN;
  if (value.trim() === '') return null;
  return parseFrenchNumber(value) ?? Number.NaN;
}

const reasonKeys = Object.entries(cddReasons).map(([code, label]) => [code as CddReason, normaliseHeader(label)] as const);
const reasonWords: [string, CddReason][] = [
  ['maladie', 'sickness'],
  ['arret', 'sickness'],
  ['conge', 'leave'],
  ['vacance', 'leave'],
  ['formation', 'training'],
  ['maternite', 'maternity'],
  ['paternite', 'maternity'],
  ['accroissement', 'activityIncrease'],
  ['surcroit', 'activityIncrease'],
  ['recrutement', 'recruitment'],
  ['vacant', 'recruitment'],
  ['autre', 'other'],
];

const reasonCache = new Map<CellValue, CddReason | null>();

/** A reason from the list, or the words a member would use for it; null when not recognised. */
export function parseReason(value: CellValue): CddReason | null {
  const cached = reasonCache.get(value);
  if (cached !== undefined) return cached;
  const reason = reasonOf(value);
  if (reasonCache.size < 10_000) reasonCache.set(value, reason);
  return reason;
}

function reasonOf(value: CellValue): CddReason | null {
  const text = normaliseHeader(value);
  if (text === '') return null;
  const exact = reasonKeys.find(([, label]) => label === text);
  if (exact) return exact[0];
  return reasonWords.find(([word]) => text.includes(word))?.[1] ?? null;
}

export const cellText = (value: CellValue) => (value === null ? '' : String(value).trim());
