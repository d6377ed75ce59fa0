// One story about the FTE for the workbook, the settings and the screens (issue 7, section 2):
// 1 FTE is 1,607 hours *worked* a year (the setting), 133.9 h a month; 151.67 h is a *paid*
// month at 35 h, holidays included. A member who types 151,67 for a full month must know that
// the app counts it as 1.13 FTE-month.
import { formatInteger, formatOneDecimal } from '../../format/numbers';

export const workedHoursPerMonth = (fteHoursPerYear: number) => fteHoursPerYear / 12;

/** « 1 ETP = 1 607 heures travaillées par an, soit 133,9 h par mois… » */
export function fteExplanation(fteHoursPerYear: number): string {
  return (
    `1\u00a0ETP = ${formatInteger(fteHoursPerYear)}\u00a0heures travaillées par an, soit ${formatOneDecimal(workedHoursPerMonth(fteHoursPerYear))}\u00a0h par mois. ` +
    'Les 151,67\u00a0h d’un mois payé à 35\u00a0h comptent les congés et les jours fériés : ce ne sont pas des heures travaillées.'
  );
}

/** The hours of a full-time month in CDD, as a workbook example: « 133,9 ». */
export const fullTimeMonthExample = (fteHoursPerYear: number) => formatOneDecimal(workedHoursPerMonth(fteHoursPerYear));
