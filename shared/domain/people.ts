// People the association holds data about (DOMAIN.md, GDPR), and how long it keeps them.

export const personKindCodes = ['employee', 'replacement', 'candidate', 'trainee', 'other'] as const;
export type PersonKind = (typeof personKindCodes)[number];

export const personKinds: Record<PersonKind, string> = {
  employee: 'Salarié d’un adhérent',
  replacement: 'Remplaçant',
  candidate: 'Candidat',
  trainee: 'Stagiaire de formation',
  other: 'Autre',
};

/** Months kept after the last contact, when the file has no setting yet (CNIL: a CV, 2 years). */
export const defaultRetentionMonths: Record<PersonKind, number> = {
  employee: 24,
  replacement: 24,
  candidate: 24,
  trainee: 36,
  other: 12,
};

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Adds months to an ISO date, clamping to the month's last day (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const match = isoDay.exec(iso);
  if (!match) throw new Error(`Date ISO attendue : ${iso}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1 + months;
  const day = Number(match[3]);
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}

/** The retention date: so many months after the last contact, or after `today` without one. */
export function retentionDateOf(lastContactOn: string | null, today: string, months: number): string {
  return addMonths(lastContactOn ?? today, months);
}

/** Past its date means the day after it: kept *until* the retention date, included. */
export const isPastRetention = (retentionUntil: string, today: string) => retentionUntil < today;

export function isRealIsoDate(iso: string): boolean {
  if (!isoDay.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}
