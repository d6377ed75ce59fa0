import type Database from 'better-sqlite3';
import { structureInputSchema, type StructureDetail, type StructureInput, type Warning } from '../../../shared/api/members';
import type { Handlers } from '../dispatch';
import { requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { findCommune, listEpcis, searchCommunes } from '../reference/communes';
import { deleteContact, getContact, insertContact, listContacts, normalizeContactInput, updateContact } from '../store/register/contacts';
import { deleteMembership, listMemberships, saveMembership } from '../store/register/memberships';
import { inputOf, normalizeStructureInput, type FieldIssue, type StructureValue } from '../store/register/structure-input';
import { deleteStructure, getStructure, getStructureValue, insertStructure, listStructures, updateStructure } from '../store/register/structures';

type MemberHandlers = Pick<
  Handlers,
  | 'structures.list'
  | 'structures.get'
  | 'structures.create'
  | 'structures.update'
  | 'structures.delete'
  | 'contacts.save'
  | 'contacts.delete'
  | 'memberships.save'
  | 'memberships.delete'
  | 'communes.search'
  | 'epcis.list'
>;

const gone = (): never => fail('NOT_FOUND', 'Cette structure n’existe plus (elle a peut-être été supprimée) : rechargez la liste.');

/** Each message already names its field and says what to type; all of them at once saves round trips. */
function refuseInvalid(errors: FieldIssue[]): void {
  if (errors.length > 0) fail('VALIDATION', errors.map((error) => error.message).join(' '));
}

function detailOf(db: Database.Database, id: number, year: number, warnings: Warning[]): StructureDetail {
  const structure = getStructure(db, id, year) ?? gone();
  return { structure, contacts: listContacts(db, id), memberships: listMemberships(db, id), warnings };
}

// Derived from the commune: they change when the commune (or, without one, the postcode) does.
const communeFields = ['communeCode', 'communeName', 'departmentCode', 'epciCode', 'epciName', 'postcode'] as const;

/**
 * The fields to write: those sent, plus what the commune derives. A field not sent keeps its stored
 * value even if it would no longer pass (e.g. a commune merged since), so one cell can always be edited.
 */
function fieldsToWrite(current: StructureValue, next: StructureValue, sent: Set<string>): Partial<StructureValue> {
  const communeMoved = sent.has('communeCode') || (sent.has('postcode') && current.communeCode === '');
  const changes: Partial<StructureValue> = {};
  for (const key of Object.keys(next) as (keyof StructureValue)[]) {
    const isDerived = communeMoved && (communeFields as readonly string[]).includes(key);
    if (next[key] !== current[key] && (sent.has(key) || isDerived)) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

export function memberHandlers(ctx: WindowContext) {
  const db = () => requireFile(ctx).db;
  const now = () => ctx.app.now();
  const thisYear = () => now().getFullYear();
  const requireStructure = (id: number) => getStructureValue(db(), id) ?? gone();

  return {
    'structures.list': () => listStructures(db(), thisYear()),
    'structures.get': ({ id }) => {
      const { warnings } = normalizeStructureInput(inputOf(requireStructure(id)));
      return detailOf(db(), id, thisYear(), warnings);
    },
    'structures.create': (input) => {
      const { value, errors, warnings } = normalizeStructureInput(input);
      refuseInvalid(errors);
      const file = db();
      const id = file.transaction(() => insertStructure(file, value, now(), 'manual'))();
      return detailOf(file, id, thisYear(), warnings);
    },
    'structures.update': ({ id, changes }) => {
      const file = db();
      const current = requireStructure(id);
      const sent = new Set(Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined));
      const merged: StructureInput = { ...inputOf(current), ...changes };
      // A new commune without a postcode: the old postcode would be wrong there, let the commune's own be taken.
      if (sent.has('communeCode') && !sent.has('postcode')) {
        const postcodes = findCommune(changes.communeCode ?? '')?.postcodes ?? [];
        if (!postcodes.includes(current.postcode)) merged.postcode = '';
      }
      // Stored values that no longer fit the contract (e.g. a code since removed) block the edit
      // outright: writing on top of a half-parsed row could blank the fields sent.
      const shape = structureInputSchema.safeParse(merged);
      if (!shape.success) {
        const fields = [...new Set(shape.error.issues.map((issue) => String(issue.path[0])))].join(', ');
        fail('VALIDATION', `La fiche enregistrée contient une valeur que cette version de Passerelles n’accepte plus (${fields}) : corrigez d’abord ce champ.`);
      }
      const { value, errors, warnings } = normalizeStructureInput(merged);
      refuseInvalid(errors.filter((error) => sent.has(error.field)));
      const toWrite = fieldsToWrite(current, value, sent);
      if (Object.keys(toWrite).length > 0) file.transaction(() => updateStructure(file, id, toWrite, now()))();
      return detailOf(file, id, thisYear(), warnings);
    },
    'structures.delete': ({ id }) => {
      // Contacts and membership years go with it (ON DELETE CASCADE), in the same statement.
      deleteStructure(db(), id);
      return null;
    },
    'contacts.save': ({ structureId, contactId, contact }) => {
      requireStructure(structureId);
      const { value, errors } = normalizeContactInput(contact);
      refuseInvalid(errors);
      if (contactId === null) return insertContact(db(), structureId, value, now());
      return updateContact(db(), structureId, contactId, value, now());
    },
    'contacts.delete': ({ id }) => {
      if (getContact(db(), id)) deleteContact(db(), id);
      return null;
    },
    'memberships.save': ({ structureId, membership }) => {
      requireStructure(structureId);
      if (membership.paidOn !== null && !isRealDate(membership.paidOn)) {
        fail('VALIDATION', `La date de paiement « ${membership.paidOn} » n’existe pas : tapez une date du calendrier (jj/mm/aaaa).`);
      }
      return saveMembership(db(), { structureId, ...membership });
    },
    'memberships.delete': ({ structureId, year }) => {
      deleteMembership(db(), structureId, year);
      return null;
    },
    'communes.search': ({ query, limit }) => searchCommunes(query, limit),
    'epcis.list': ({ departmentCode }) => listEpcis(departmentCode),
  } satisfies MemberHandlers;
}
