import { formatDate, parseFrenchDate } from '../../../../shared/format/dates';
import { failureMessage } from '../members/queries';

/** What the form itself refuses before sending (a date or a number it cannot read), in French. */
export class FormRefusal extends Error {}

/** The French message of a failed save: the form's own refusal, or the handler's. */
export const refusalOf = (failure: unknown): string | null => (failure instanceof FormRefusal ? failure.message : failureMessage(failure));

/**
 * Dates are typed the French way (« 04/01/2027 ») in a text field, as in the register: the
 * browser's date input follows the system's language, which shows mm/dd/yyyy on an English one.
 */
export const dateText = (iso: string | null | undefined) => formatDate(iso ?? null);

/** The ISO date of what was typed, null for nothing; a French refusal naming the field otherwise. */
export function isoOf(text: string, label: string): string | null {
  if (text.trim() === '') return null;
  const iso = parseFrenchDate(text);
  if (iso === null) throw new FormRefusal(`« ${text.trim()} » n’est pas une date (${label}) : tapez-la sous la forme jj/mm/aaaa.`);
  return iso;
}
