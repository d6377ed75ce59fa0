import type { MemberColumnField } from '../../../../shared/api/member-imports';
import type { ContactInput, StructureInput } from '../../../../shared/api/members';
import { contactRoles, type ContactRole } from '../../../../shared/domain/structure';
import { communeOfAddress, formerCommuneOfAddress, searchCommunes } from '../../reference/communes';
import { searchKey } from '../../reference/search-key';
import { normalizeContactInput, type ContactValue } from '../../store/register/contacts';
import { roleOfFunction } from './contact-match';
import { normalizeStructureInput, type StructureValue } from '../../store/register/structure-input';
import { cellText, codeText, parseCount, parseDate, parseInterventionField, parseOpca, parseStructureType, parseYesNo } from './cells';
import { columnLetter } from './xlsx-file';
import type { PlainValue, SheetRow } from './read-rows';

export type RowMessage = { column: string; message: string; isWarning: boolean };

export type MembershipValue = { isMember: boolean; feeCents: number | null; paidOn: string | null };

/** One data row, read and checked on its own (duplicates and the register come later, in the plan). */
export type CheckedRow = {
  row: number;
  name: string;
  value: StructureValue;
  contacts: ContactValue[];
  membership: MembershipValue | null;
  messages: RowMessage[];
  hasErrors: boolean;
};

export type ColumnMapping = { field: MemberColumnField; index: number; header: string }[];

/** "C (SIRET)": where Excel shows the cell. */
export const columnLabel = (index: number, header: string) => `${columnLetter(index)}${header ? ` (${header})` : ''}`;

// The first letter first: this runs on every cell of every row.
const isTotalText = (value: PlainValue) =>
  typeof value === 'string' && /^\s*[tTsS]/.test(value) && /^(sous[\s-]?)?total\b|^totaux\b/i.test(value.trim());

/**
 * A totals row: a cell reading "Total", or only numbers (the sums) where names, identifiers and
 * communes are empty.
 */
export function isTotalsRow(row: SheetRow, textIndexes: number[]): boolean {
  if (row.values.some(isTotalText)) return true;
  if (textIndexes.some((index) => cellText(row.values[index] ?? null) !== '')) return false;
  const filled = row.values.filter((value) => value !== null && value !== '');
  return filled.length > 0 && filled.every((value) => typeof value === 'number');
}

const roles: { role: ContactRole; prefix: 'director' | 'president' | 'hr' }[] = [
  { role: 'director', prefix: 'director' },
  { role: 'president', prefix: 'president' },
  { role: 'hr', prefix: 'hr' },
];

type CommuneFound = { code: string; error: string | null; warning?: string; formerName?: string };

/** The commune from an INSEE code, else from postcode and name ("61100 FLERS" in one cell works too). */
function communeCodeOf(codeCell: string, nameCell: string, postcode: string): CommuneFound {
  if (codeCell) return { code: codeCell, error: null };
  let name = nameCell;
  let post = postcode;
  const combined = /^(\d{5})\s+(.+)$/.exec(nameCell);
  if (combined) [, post = '', name = ''] = combined;
  if (!name) return { code: '', error: null };
  if (/^\d{5}$/.test(post)) {
    const found = communeOfAddress(post, name);
    if (found) return { code: found.code, error: null };
  }
  // A commune merged since 2015 (« Tinchebray »): the current one, the old name kept as the locality.
  const former = formerCommuneOfAddress(/^\d{5}$/.test(post) ? post : '', name);
  if (former) {
    return {
      code: former.commune.code,
      error: null,
      formerName: former.formerName,
      warning: `« ${name} » est aujourd’hui une commune déléguée de ${former.commune.name} (${former.commune.code}) : la structure est rattachée à ${former.commune.name}, « ${former.formerName} » reste dans l’adresse.`,
    };
  }
  const key = searchKey(name.replace(/\bcedex\b.*$/i, ''));
  const same = searchCommunes(name, 50).filter((commune) => searchKey(commune.name) === key);
  const nearby = post.length >= 2 ? same.filter((commune) => commune.postcodes.some((p) => p.startsWith(post.slice(0, 2)))) : same;
  const candidates = nearby.length > 0 ? nearby : same;
  if (candidates.length === 1 && candidates[0]) return { code: candidates[0].code, error: null };
  if (candidates.length > 1) {
    return { code: '', error: `Plusieurs communes s’appellent « ${name} » : ajoutez le code postal ou le code INSEE de la bonne.` };
  }
  return { code: '', error: `Commune « ${name} » introuvable${post ? ` avec le code postal ${post}` : ''} : vérifiez son nom ou donnez son code INSEE.` };
}

/** Reads and checks rows with the person's mapping; communes are looked up once per distinct cell. */
export function createRowChecker(mapping: ColumnMapping): (row: SheetRow) => CheckedRow {
  const columns = new Map(mapping.map((column) => [column.field, column]));
  const communes = new Map<string, CommuneFound>();
  const communeOf = (code: string, name: string, postcode: string) => {
    const key = `${code}|${name}|${postcode}`;
    let found = communes.get(key);
    if (!found) {
      found = communeCodeOf(code, name, postcode);
      communes.set(key, found);
    }
    return found;
  };
  // Where each field's cell is shown, built once: rows with a warning name it over and over.
  const labels = new Map(mapping.map((column) => [column.field, columnLabel(column.index, column.header)]));
  return (row) => checkRow(row, columns, labels, communeOf);
}

function checkRow(
  row: SheetRow,
  columns: Map<MemberColumnField, ColumnMapping[number]>,
  labels: Map<MemberColumnField, string>,
  communeOf: (code: string, name: string, postcode: string) => CommuneFound,
): CheckedRow {
  const messages: RowMessage[] = [];
  const raw = (field: MemberColumnField): PlainValue => {
    const column = columns.get(field);
    return column ? (row.values[column.index] ?? null) : null;
  };
  const text = (field: MemberColumnField) => cellText(raw(field));
  const where = (...fields: MemberColumnField[]) => {
    for (const field of fields) {
      const label = labels.get(field);
      if (label !== undefined) return label;
    }
    return '';
  };
  const error = (message: string, ...fields: MemberColumnField[]) => messages.push({ column: where(...fields), message, isWarning: false });
  const warn = (message: string, ...fields: MemberColumnField[]) => messages.push({ column: where(...fields), message, isWarning: true });
  // Only the name is required: a bad value in any other cell is left out, and the row imported without it.
  const withoutIt = (message: string, ...fields: MemberColumnField[]) => warn(`${message} La structure est importée sans cette valeur.`, ...fields);

  const type = parseStructureType(raw('type'));
  if (type.warning) warn(type.warning, 'type');
  const field = parseInterventionField(raw('field'));
  if (field.warning) warn(field.warning, 'field');
  const headcount = parseCount(raw('headcount'), 'L’effectif');
  if (!headcount.ok) withoutIt(headcount.message, 'headcount');
  else if (headcount.value !== null && !Number.isInteger(headcount.value)) withoutIt(`L’effectif « ${text('headcount')} » doit être un nombre entier de salariés (les ETP vont dans leur colonne).`, 'headcount');
  const fte = parseCount(raw('fte'), 'Le nombre d’ETP');
  if (!fte.ok) withoutIt(fte.message, 'fte');

  const postcode = text('postcode');
  const commune = communeOf(text('communeCode'), text('communeName'), postcode);
  if (commune.error) withoutIt(commune.error, 'communeName', 'postcode');
  if (commune.warning) warn(commune.warning, 'communeName');
  const typedAddress = text('address');
  const address =
    commune.formerName && !searchKey(typedAddress).includes(searchKey(commune.formerName)) ? [typedAddress, commune.formerName].filter(Boolean).join(', ') : typedAddress;

  const input: StructureInput = {
    name: text('name'),
    finessEt: codeText(raw('finessEt'), 9),
    finessEj: codeText(raw('finessEj'), 9),
    siret: codeText(raw('siret'), 14),
    type: type.value,
    field: field.value,
    address,
    postcode,
    communeCode: commune.code,
    opca: parseOpca(raw('opca')),
    headcount: headcount.ok && headcount.value !== null && Number.isInteger(headcount.value) ? headcount.value : null,
    fte: fte.ok ? fte.value : null,
    notes: text('notes'),
  };
  let normalized = normalizeStructureInput(input);
  const fieldsOf = (key: string): MemberColumnField[] => (key === 'communeCode' ? ['communeCode', 'communeName', 'postcode'] : [key as MemberColumnField]);
  const dropped: Record<string, string> = {};
  for (const issue of normalized.errors) {
    if (issue.field === 'name') {
      error(input.name === '' ? 'Le nom de la structure est vide : remplissez-le ou supprimez la ligne.' : issue.message, 'name');
      continue;
    }
    withoutIt(issue.message, ...fieldsOf(issue.field));
    dropped[issue.field] = '';
  }
  // Checked again without the fields left out, so their neighbours (the commune of a postcode) still count.
  if (Object.keys(dropped).length > 0 && !messages.some((message) => !message.isWarning)) normalized = normalizeStructureInput({ ...input, ...dropped });
  for (const issue of normalized.warnings) warn(issue.message, ...fieldsOf(issue.field));

  const contacts = contactsOf(text, raw, withoutIt);
  const membership = membershipOf(raw, withoutIt);
  return {
    row: row.number,
    name: normalized.value.name || input.name,
    value: normalized.value,
    contacts,
    membership,
    messages,
    hasErrors: messages.some((message) => !message.isWarning),
  };
}

type Reader = (field: MemberColumnField) => PlainValue;
type Reporter = (message: string, ...fields: MemberColumnField[]) => void;

function contactsOf(text: (field: MemberColumnField) => string, raw: Reader, report: Reporter): ContactValue[] {
  const phoneOf = (field: MemberColumnField): string => {
    const value = raw(field);
    // A phone typed as a number lost its 0: normalizePhone puts it back from the 9 digits.
    return typeof value === 'number' && Number.isInteger(value) ? value.toFixed(0) : text(field);
  };
  const drafts: { input: ContactInput; fields: MemberColumnField[] }[] = [];
  for (const { role, prefix } of roles) {
    const nameField = `${prefix}Name` as MemberColumnField;
    const emailField = `${prefix}Email` as MemberColumnField;
    const phoneField = `${prefix}Phone` as MemberColumnField;
    const name = text(nameField);
    const email = text(emailField);
    const phone = phoneOf(phoneField);
    if (!name && !email && !phone) continue;
    // Only an e-mail or a phone: the contact is named after the role.
    drafts.push({ input: { name: name || contactRoles[role], role, email, phone }, fields: [nameField, emailField, phoneField] });
  }
  // A generic contact: its role comes from the function text, never from a column it was not in.
  const genericName = text('contactName');
  const genericEmail = text('contactEmail');
  const genericPhone = phoneOf('contactPhone');
  if (genericName || genericEmail || genericPhone) {
    const { role, roleLabel } = roleOfFunction(text('contactFunction'));
    drafts.push({
      input: { name: genericName || (role === 'other' ? 'Contact' : contactRoles[role]), role, roleLabel, email: genericEmail, phone: genericPhone },
      fields: ['contactName', 'contactFunction', 'contactEmail', 'contactPhone'],
    });
  }
  const email = text('email');
  const phone = phoneOf('phone');
  if (email || phone) {
    // The structure's own phone and e-mail go to the one person named on the row, else to « Accueil ».
    const only = drafts.length === 1 ? drafts[0] : undefined;
    if (only && !only.input.email && !only.input.phone) {
      only.input.email = email;
      only.input.phone = phone;
      only.fields.push('email', 'phone');
    } else {
      drafts.push({ input: { name: 'Accueil', role: 'other', roleLabel: 'Coordonnées de la structure', email, phone }, fields: ['email', 'phone'] });
    }
  }
  const contacts: ContactValue[] = [];
  for (const draft of drafts) {
    const { value, errors } = normalizeContactInput(draft.input);
    for (const issue of errors) {
      // The role's own column if it is mapped, else the structure's column the value came from.
      report(issue.message, ...draft.fields.filter((candidate) => candidate.toLowerCase().endsWith(issue.field.toLowerCase())));
    }
    // A bad e-mail or phone is left out; the contact keeps its name and the other coordinates.
    const kept = { ...value, ...Object.fromEntries(errors.map((issue) => [issue.field, ''])) } as ContactValue;
    if (kept.name) contacts.push(kept);
  }
  return contacts;
}

function membershipOf(raw: Reader, error: Reporter): MembershipValue | null {
  const flag = parseYesNo(raw('isMember'));
  if (!flag.ok) error(flag.message, 'isMember');
  const fee = parseCount(raw('feeEuros'), 'La cotisation');
  if (!fee.ok) error(fee.message, 'feeEuros');
  const paidOn = parseDate(raw('paidOn'));
  if (!paidOn.ok) error(paidOn.message, 'paidOn');
  // « Adhérent depuis le 12/03/2024 »: a member the year imported.
  const since = parseDate(raw('memberSince'));
  if (!since.ok) error(since.message, 'memberSince');
  const isMemberSince = since.ok && since.value !== null;
  const feeCents = fee.ok && fee.value !== null ? Math.round(fee.value * 100) : null;
  const paid = paidOn.ok ? paidOn.value : null;
  const isMember = flag.ok && flag.value !== null ? flag.value : isMemberSince ? true : null;
  if (isMember === null && feeCents === null && paid === null) return null;
  // A fee or a payment date without the yes/no column means the structure is a member that year.
  return { isMember: isMember ?? true, feeCents, paidOn: paid };
}
