import { findCommune, successorOf } from '../../reference/communes';
import { fail } from '../../errors';

export type Located = { communeCode: string; communeName: string; epciCode: string; departmentCode: string };

export const nowhere: Located = { communeCode: '', communeName: '', epciCode: '', departmentCode: '' };

/**
 * A commune's name, EPCI and department from the offline directory, copied at save time (as the
 * register does) so that matching compares places without loading the directory. A former code
 * is taken as the commune it now belongs to.
 */
export function locate(code: string): Located {
  const trimmed = code.trim();
  if (!trimmed) return nowhere;
  const commune = findCommune(trimmed) ?? successorOf(trimmed);
  if (!commune) fail('VALIDATION', `Le code commune « ${trimmed} » est inconnu : choisissez la commune dans la liste.`);
  return { communeCode: commune.code, communeName: commune.name, epciCode: commune.epciCode, departmentCode: commune.departmentCode };
}
