import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openExchangeWindow } from './exchange-window';

describe('free training places copied from the shared trainings', () => {
  const tempFolder = useTempFolder();

  it('offers the places left in a training marked for members, updates them when copied again, never twice', async () => {
    const window = await openExchangeWindow(tempFolder());
    const db = window.db();
    const stamp = '2026-11-01T00:00:00.000Z';
    const training = (id: number, title: string, places: number, offers: 0 | 1) =>
      db
        .prepare("INSERT INTO training (id, title, provider_name, places, location, offers_free_places, created_at, updated_at) VALUES (?, ?, 'IRFSS Normandie', ?, 'Flers', ?, ?, ?)")
        .run(id, title, places, offers, stamp, stamp);
    training(1, 'Simulateur de vieillissement', 10, 1);
    training(2, 'Gestes et postures', 8, 0);
    db.prepare("INSERT INTO training_session (training_id, starts_on, ends_on) VALUES (1, '2027-01-12', '2027-01-12'), (1, '2027-01-19', '2027-01-20')").run();
    const enrol = (count: number, from: number) => {
      for (let i = from; i < from + count; i += 1) {
        const person = db.prepare("INSERT INTO person (last_name, kind, retention_until, created_at, updated_at) VALUES (?, 'trainee', '2030-01-01', ?, ?)").run(`Stagiaire ${i}`, stamp, stamp);
        db.prepare('INSERT INTO training_participant (training_id, person_id, created_at, updated_at) VALUES (1, ?, ?, ?)').run(person.lastInsertRowid, stamp, stamp);
      }
    };
    enrol(7, 0);

    expect(await window.call('exchange.places.fromTrainings')).toEqual({ added: 1, updated: 0 });
    expect(await window.call('exchange.places.list')).toMatchObject([
      { title: 'Simulateur de vieillissement', organiser: 'IRFSS Normandie', seats: 3, startsOn: '2027-01-12', endsOn: '2027-01-20', status: 'open', source: 'training' },
    ]);

    enrol(3, 7);
    expect(await window.call('exchange.places.fromTrainings')).toEqual({ added: 0, updated: 1 });
    const [full] = await window.call('exchange.places.list');
    expect(full).toMatchObject({ title: 'Simulateur de vieillissement', status: 'taken' });
    expect(await window.call('exchange.places.list')).toHaveLength(1);
    window.close();
  });
});
