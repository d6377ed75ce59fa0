import type Database from 'better-sqlite3';
import type { PersonDetail } from '../../../shared/api/people';
import { retentionDateOf } from '../../../shared/domain/people';
import { countOf } from '../../../shared/format/plural';
import type { Handlers } from '../dispatch';
import { requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../store/privacy/audit';
import { holdingsOf } from '../store/privacy/holdings';
import { normalizeNewPerson, planPersonUpdate } from '../store/privacy/person-input';
import { existingIds, getPerson, insertPerson, listPeople, setRetention, updatePerson } from '../store/privacy/people';
import { retentionMonthsOf } from '../store/privacy/retention';

type PeopleHandlers = Pick<Handlers, 'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.retentionReview' | 'people.keep' | 'people.renew'>;

const gone = (): never => fail('NOT_FOUND', 'Cette personne n’existe plus (elle a peut-être été effacée) : rechargez la liste.');

export function peopleHandlers(ctx: WindowContext) {
  const db = () => requireFile(ctx).db;
  const now = () => ctx.app.now();
  const today = () => now().toISOString().slice(0, 10);
  const detailOf = (file: Database.Database, id: number): PersonDetail => ({ person: getPerson(file, id, today()) ?? gone(), holdings: holdingsOf(file, id) });
  const requireAll = (file: Database.Database, ids: number[]) => {
    const found = existingIds(file, ids);
    if (found.length !== ids.length) fail('NOT_FOUND', `${countOf(ids.length - found.length, 'personne n’existe', 'personnes n’existent')} plus : rechargez la liste. Rien n’a été modifié.`);
    return found;
  };
  const audit = (file: Database.Database, count: number, detail: string) =>
    recordAudit(file, { at: now(), actor: ctx.app.userName(), action: 'review', subject: 'person', count, detail });

  return {
    'people.list': (filter) => listPeople(db(), filter, today()),
    'people.get': ({ id }) => detailOf(db(), id),
    'people.create': (input) => {
      const file = db();
      const value = normalizeNewPerson(file, input, today());
      const id = file.transaction(() => insertPerson(file, value, now()))();
      return detailOf(file, id);
    },
    'people.update': ({ id, changes }) => {
      const file = db();
      const current = getPerson(file, id, today()) ?? gone();
      const toWrite = planPersonUpdate(file, current, changes, today());
      file.transaction(() => updatePerson(file, id, toWrite, now()))();
      return detailOf(file, id);
    },
    'people.retentionReview': () =>
      listPeople(db(), { kind: null, structureId: null, pastRetention: true }, today()).sort((a, b) => a.retentionUntil.localeCompare(b.retentionUntil) || a.id - b.id),
    'people.keep': ({ ids, until }) => {
      const file = db();
      if (until < today()) fail('VALIDATION', 'La nouvelle date de fin de conservation est passée : choisissez une date à venir.');
      const found = requireAll(file, ids);
      const count = file.transaction(() => {
        const changed = setRetention(file, found, until, now());
        audit(file, changed, 'Conservation prolongée jusqu’à une date choisie.');
        return changed;
      })();
      return { count };
    },
    'people.renew': ({ ids }) => {
      const file = db();
      const found = requireAll(file, ids);
      const count = file.transaction(() => {
        for (const id of found) {
          const person = getPerson(file, id, today()) ?? gone();
          updatePerson(file, id, { lastContactOn: today(), retentionUntil: retentionDateOf(today(), today(), retentionMonthsOf(file, person.kind)) }, now());
        }
        audit(file, found.length, 'Contact renouvelé : conservation recalculée depuis aujourd’hui.');
        return found.length;
      })();
      return { count };
    },
  } satisfies PeopleHandlers;
}
