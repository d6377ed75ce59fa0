import type { MemberColumnField } from '../../../../shared/api/member-imports';
import { searchKey } from '../../reference/search-key';
import type { PlainValue, SheetGrid } from './read-rows';

/** How far down a title block may push the header row. */
export const headerSearchDepth = 15;

export const headerKey = (text: string) => searchKey(text).replace(/[°º:;!?«»"*#]/g, ' ').replace(/\s+/g, ' ').trim();

type ContactPart = 'Name' | 'Email' | 'Phone';
const contactPartOf = (key: string): ContactPart => {
  if (/\b((e ?)?mail|mel|courriel|adresse electronique)\b/.test(key)) return 'Email';
  if (/\b(tel|telephone|portable|mobile|port)\b/.test(key)) return 'Phone';
  return 'Name';
};

// Ordered: the first rule that matches wins (e.g. "Adresse mail" is an e-mail, not an address;
// "Finess EJ" is the legal entity, not the establishment).
const rules: [RegExp, (key: string) => MemberColumnField][] = [
  [/\b(directeur|directrice|direction|dir)\b/, (key) => `director${contactPartOf(key)}` as MemberColumnField],
  [/\b(president|presidente|presidence)\b/, (key) => `president${contactPartOf(key)}` as MemberColumnField],
  [/\b(drh|rh|ressources humaines)\b/, (key) => `hr${contactPartOf(key)}` as MemberColumnField],
  // « Nom du contact » + « Fonction »: one contact whose role the function text gives.
  [/^(fonction|qualite|poste)\b|\bfonction du contact\b/, () => 'contactFunction'],
  [/\b(contact|interlocuteur|referent|correspondant)\b/, (key) => `contact${contactPartOf(key)}` as MemberColumnField],
  [/\bfiness\b.*\b(ej|juridique|gestionnaire)\b|\bfiness ej\b/, () => 'finessEj'],
  [/\bfiness\b/, () => 'finessEt'],
  [/\bsiret\b/, () => 'siret'],
  [/\b(paye|payee|paiement|regle|reglee|reglement|versee|encaissee)\b/, () => 'paidOn'],
  [/\b(cotisation|montant)\b/, () => 'feeEuros'],
  [/\b(adherent|adherente|adhesion|membre)\b/, () => 'isMember'],
  [/\b((e ?)?mail|mel|courriel|adresse electronique)\b/, () => 'email'],
  [/\b(tel|telephone|portable|mobile|standard)\b/, () => 'phone'],
  [/\b(code insee|insee|code commune)\b/, () => 'communeCode'],
  [/^(cp|code postal|c p)$|\bcode postal\b/, () => 'postcode'],
  [/^(commune|ville|localite|commune d implantation|lieu)$|\b(commune|ville)\b/, () => 'communeName'],
  [/\b(adresse|rue|voie)\b/, () => 'address'],
  [/\b(opca|opco)\b/, () => 'opca'],
  [/\b(etp|equivalent temps plein|equivalents temps plein)\b/, () => 'fte'],
  [/\b(effectif|effectifs|salaries|nb salaries|nombre de salaries)\b/, () => 'headcount'],
  [/\b(champ|secteur|domaine|public)\b/, () => 'field'],
  [/\b(type|categorie|nature)\b/, () => 'type'],
  [/\b(remarque|remarques|observation|observations|commentaire|commentaires|notes?)\b/, () => 'notes'],
  [/\b(raison sociale|nom|denomination|etablissement|structure|adherent)\b/, () => 'name'],
];

export function suggestField(header: string): MemberColumnField | null {
  const key = headerKey(header);
  if (key === '') return null;
  for (const [pattern, field] of rules) if (pattern.test(key)) return field(key);
  return null;
}

// Excel keeps dates as day numbers: 36526 is 2000-01-01, 73051 is 2100-12-31.
const isDateLike = (value: PlainValue) =>
  (typeof value === 'number' && value >= 36526 && value <= 73051 && Number.isInteger(value)) ||
  (typeof value === 'string' && /^\s*(\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{2}-\d{2})\s*$/.test(value));
const isAmountLike = (value: PlainValue) => typeof value === 'number' || (typeof value === 'string' && /^\s*\d[\d\s\u00a0\u202f]*([.,]\d{1,2})?\s*(€|eur)?\s*$/i.test(value));

/**
 * The header's suggestion, checked against the values under it: dates under « Adhésion » mean
 * « member since », amounts under « Adhésion 2026 » are the fee. A header alone misled the
 * default mapping into refusing every row of a sheet.
 */
export function suggestFieldFromValues(header: string, values: PlainValue[]): MemberColumnField | null {
  const field = suggestField(header);
  const filled = values.filter((value) => value !== null && value !== '');
  if (field !== 'isMember' || filled.length === 0) return field;
  const share = (test: (value: PlainValue) => boolean) => filled.filter(test).length / filled.length;
  if (share(isDateLike) >= 0.6) return 'memberSince';
  if (share((value) => isAmountLike(value) && !isDateLike(value)) >= 0.6 && filled.some((value) => typeof value === 'number' ? value > 1 : /\d{2}/.test(String(value)))) return 'feeEuros';
  return field;
}

const textOf = (value: PlainValue) => (typeof value === 'string' ? value : '');

/** The row among the first 15 whose cells match the most known headers (ties: the higher one). */
export function findHeaderRow(grid: SheetGrid): { index: number; score: number } {
  let best = { index: -1, score: 0 };
  grid.rows.slice(0, headerSearchDepth).forEach((row, index) => {
    const labels = row.values.map(textOf).filter((text) => text.trim() !== '');
    // A title merged across the row repeats one text: count each header once.
    const score = new Set(labels.filter((text) => suggestField(text) !== null)).size;
    if (score > best.score) best = { index, score };
  });
  if (best.index < 0 && grid.rows.length > 0) best = { index: 0, score: 0 };
  return best;
}

/** Each field goes to its first column; a second "Téléphone" is left for the person to map. */
export function suggestMapping(headers: string[], valuesOf: (index: number) => PlainValue[] = () => []): (MemberColumnField | null)[] {
  const taken = new Set<MemberColumnField>();
  return headers.map((header, index) => {
    const field = suggestFieldFromValues(header, valuesOf(index));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** "Adhérent 2025", "Cotisation 2024": the year membership columns are about. */
export function yearInHeaders(headers: string[]): number | null {
  for (const header of headers) {
    const field = suggestField(header);
    if (field !== 'isMember' && field !== 'feeEuros' && field !== 'paidOn' && field !== 'memberSince') continue;
    const year = /\b(20\d{2})\b/.exec(header)?.[1];
    if (year) return Number(year);
  }
  return null;
}
