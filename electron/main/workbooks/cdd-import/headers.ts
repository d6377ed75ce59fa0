import type { CddColumn } from '../../../../shared/api/cdd';
import type { CellValue, SheetGrid } from '../xlsx-reader/read-workbook';

/** Lower case, no accents or punctuation: how headers are compared. */
export const normaliseHeader = (value: CellValue) =>
  String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// The headers members actually write; the longest one found in a header decides its field, so
// "Heures CDD" is hours and "Nombre de CDD" is contracts.
const headerSynonyms: Record<CddColumn, string[]> = {
  structureName: ['structure', 'etablissement', 'employeur', 'nom de la structure', 'raison sociale', 'adherent'],
  month: ['mois', 'periode', 'date', 'mois annee', 'mois de'],
  occupation: ['metier', 'emploi', 'poste', 'fonction', 'qualification', 'intitule du poste', 'intitule', 'profession'],
  contracts: ['nombre de cdd', 'nb cdd', 'nb de cdd', 'nombre de contrats', 'nb contrats', 'nb de contrats', 'contrats', 'cdd'],
  hours: ['heures', 'nombre d heures', 'nb heures', 'nb d heures', 'volume horaire', 'heures travaillees', 'total heures', 'h'],
  reason: ['motif', 'motif du cdd', 'motif principal', 'raison', 'cause'],
};

export type HeaderGuess = { row: number; mapping: Record<CddColumn, number | null>; found: number };

/** Which field a header names, by its longest synonym (as whole words); null when none. */
export function fieldOfHeader(text: CellValue): CddColumn | null {
  const header = ` ${normaliseHeader(text)} `;
  if (header.trim() === '') return null;
  let best: { field: CddColumn; length: number } | null = null;
  for (const [field, synonyms] of Object.entries(headerSynonyms) as [CddColumn, string[]][]) {
    for (const synonym of synonyms) {
      if (header.includes(` ${synonym} `) && (!best || synonym.length > best.length)) best = { field, length: synonym.length };
    }
  }
  return best?.field ?? null;
}

/** The header row among the first rows of a sheet: the one naming the most fields. */
export function guessHeaders(sheet: SheetGrid, scanRows = 20): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  for (const row of sheet.rows.slice(0, scanRows)) {
    const mapping: Record<CddColumn, number | null> = { structureName: null, month: null, occupation: null, contracts: null, hours: null, reason: null };
    row.values.forEach((value, index) => {
      const field = fieldOfHeader(value);
      if (field && mapping[field] === null) mapping[field] = index + 1;
    });
    const found = Object.values(mapping).filter((column) => column !== null).length;
    if (found >= 2 && (!best || found > best.found)) best = { row: row.number, mapping, found };
  }
  return best;
}

export const hasRequiredColumns = (mapping: Record<CddColumn, number | null>) => mapping.month !== null && mapping.occupation !== null && mapping.hours !== null;

/** "A", "B", … "AA" for a 1-based column. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
