import type Database from 'better-sqlite3';
import type { StructureDetail, Warning } from '../../../shared/api/members';
import type { Handlers } from '../dispatch';
import { requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { listEpcis, searchCommunes } from '../reference/communes';
import { deleteContact, insertContact, listContacts, normalizeContactInput, updateContact } from '../store/register/contacts';
import { deleteMembership, listMemberships, saveMembership } from '../store/register/memberships';
import { inputOf, normalizeStructureInput, type FieldIssue } from '../store/register/structure-input';
import { planStructureUpdate } from '../store/register/structure-update';
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
      const { toWrite, errors, warnings } = planStructureUpdate(current, changes);
      refuseInvalid(errors);
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
      deleteContact(db(), id);
      return null;
    },
    'memberships.save': ({ structureId, membership }) => {
      requireStructure(structureId);
      if (membership.paidOn !== null && !isRealDate(membership.paidOn)) {
        fail('VALIDATION', `La date de paiement « ${membership.paidOn} » n’existe pas : tapez une date du calendrier (jj/mm/aaaa).`);
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
