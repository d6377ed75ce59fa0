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
export function suggestMapping(headers: string[]): (MemberColumnField | null)[] {
  const taken = new Set<MemberColumnField>();
  return headers.map((header) => {
    const field = suggestField(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** "Adhérent 2025", "Cotisation 2024": the year membership columns are about. */
export function yearInHeaders(headers: string[]): number | null {
  for (const header of headers) {
    const field = suggestField(header);
    if (field !== 'isMember' && field !== 'feeEuros' && field !== 'paidOn') continue;
    const year = /\b(20\d{2})\b/.exec(header)?.[1];
    if (year) return Number(year);
  }
  return null;
}
