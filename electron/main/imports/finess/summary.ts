import type { FinessRead } from '../../../../shared/api/member-imports';
import { findDepartment } from '../../reference/communes';
import { frenchTypography } from '../../../../shared/domain/occupations/rome-reference';
import { structureTypeOf } from './categories';
import type { FinessExtract } from './extract';

const collator = new Intl.Collator('fr', { numeric: true });

/** What the person chooses from: departments (most establishments first) and categories found. */
export function summarizeExtract(extract: FinessExtract): Omit<FinessRead, 'importId' | 'fileName'> {
  const departments = new Map<string, { code: string; name: string; count: number }>();
  const categories = new Map<string, FinessRead['categories'][number]>();
  for (const e of extract.establishments) {
    const department = departments.get(e.departmentCode);
    if (department) department.count += 1;
    else departments.set(e.departmentCode, { code: e.departmentCode, name: findDepartment(e.departmentCode)?.name ?? e.departmentName, count: 1 });
    const category = categories.get(e.categoryCode);
    if (category) category.count += 1;
    // The type by the category alone: a MARPA's name is only seen per establishment.
    else categories.set(e.categoryCode, { code: e.categoryCode, label: frenchTypography(e.categoryLabel), count: 1, type: structureTypeOf(e.categoryCode, '') });
  }
  return {
    establishmentCount: extract.establishments.length,
    departments: [...departments.values()].sort((a, b) => b.count - a.count || collator.compare(a.code, b.code)),
    categories: [...categories.values()].sort((a, b) => collator.compare(a.label, b.label)),
  };
}
