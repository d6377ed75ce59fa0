import { importFieldCodes, type ImportField, type ImportMapping } from '../../../../shared/domain/trainings/opca-layout';
import type { PlainValue, SheetGrid } from '../members-import/read-rows';
import { headerKey, headerSearchDepth } from '../members-import/headers';

// Ordered: the first rule that matches wins ("Nom de l'organisme" is not the trainee's name,
// "Prénom" is not "Nom", "Montant accordé" is an amount, not a decision).
const rules: [RegExp, ImportField][] = [
  [/\bsiret\b/, 'siret'],
  [/\bprenom\b/, 'firstName'],
  [/\b(organisme|raison sociale|entreprise|etablissement|employeur|structure)\b/, 'siret'],
  [/\b(montant|somme|financement accorde|prise en charge en euros|eur|€)\b/, 'fundedAmount'],
  [/\b(decision|accord|avis|statut|prise en charge|financement)\b/, 'decision'],
  [/\b(commentaire|observation|motif|remarque)s?\b/, 'note'],
  [/\b(date de debut|debut|date)\b|^du$/, 'startDate'],
  [/\b(intitule|libelle|action|formation|stage|module)\b/, 'trainingTitle'],
  [/\b(nom|stagiaire|salarie|beneficiaire)\b/, 'lastName'],
];

export function suggestImportField(header: string): ImportField | null {
  const key = headerKey(header);
  if (!key) return null;
  for (const [pattern, field] of rules) {
    if (!pattern.test(key)) continue;
    // A column of structure names is no SIRET: only "siret" headers are.
    if (field === 'siret' && !/\bsiret\b/.test(key)) return null;
    return field;
  }
  return null;
}

const textOf = (value: PlainValue | undefined) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** The header texts of a row, column A first. */
export const headersOf = (grid: SheetGrid, index: number) => (grid.rows[index]?.values.slice(1) ?? []).map(textOf);

/**
 * Which column each field comes from: the fund's saved mapping first (its own header texts,
 * compared without accents or case), then the synonyms; each column serves one field.
 */
export function mapColumns(headers: readonly string[], saved: ImportMapping): Map<ImportField, number> {
  const columns = new Map<ImportField, number>();
  const taken = new Set<number>();
  const keys = headers.map((h) => headerKey(h));
  for (const field of importFieldCodes) {
    const wanted = saved[field];
    if (!wanted) continue;
    const index = keys.indexOf(headerKey(wanted));
    if (index < 0 || taken.has(index)) continue;
    columns.set(field, index);
    taken.add(index);
  }
  headers.forEach((header, index) => {
    if (taken.has(index)) return;
    const field = suggestImportField(header);
    if (!field || columns.has(field)) return;
    columns.set(field, index);
    taken.add(index);
  });
  return columns;
}

/** The sheet and header row that map the most fields (a renamed or reordered sheet is still found). */
export function findReturnSheet(grids: readonly SheetGrid[], saved: ImportMapping): { sheet: number; header: number } | null {
  let best: { sheet: number; header: number; score: number } | null = null;
  grids.forEach((grid, sheet) => {
    if (grid.isHidden) return;
    for (let header = 0; header < Math.min(headerSearchDepth, grid.rows.length); header += 1) {
      const score = mapColumns(headersOf(grid, header), saved).size;
      if (score > 0 && (!best || score > best.score)) best = { sheet, header, score };
    }
  });
  return best ? { sheet: (best as { sheet: number }).sheet, header: (best as { header: number }).header } : null;
}
