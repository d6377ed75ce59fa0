import { describe, expect, it } from 'vitest';
import { schemaVersionOf } from '../../../electron/main/store/migrations';
import { openTestWindow } from '../../support/host';
import { oldAssociationFile } from '../../support/old-file';
import { useTempFolder } from '../../support/temp-folder';

describe('migration 012 (trainings)', () => {
  const tempFolder = useTempFolder();

  it('a file at 011 keeps its structures and people, and gains empty trainings with the default fund profiles', async () => {
    const folder = tempFolder();
    const path = oldAssociationFile(folder, 'ancien.passerelles', 11, (old, stamp) => {
      old.prepare("INSERT INTO structure (id, name, opca, created_at, updated_at) VALUES (3, 'EHPAD Les Tilleuls', 'unifaf', ?, ?)").run(stamp, stamp);
      old.prepare("INSERT INTO person (id, last_name, first_name, structure_id, retention_until, created_at, updated_at) VALUES (5, 'Durand', 'Marie', 3, '2027-01-01', ?, ?)").run(stamp, stamp);
    });
    const window = openTestWindow(folder);
    window.answer(path);
    await window.call('association.open');
    expect(schemaVersionOf(window.db())).toBeGreaterThanOrEqual(12);
    expect(await window.call('trainings.list', {})).toEqual([]);
    expect((await window.call('opca.profiles')).map((p) => [p.opca, p.isDefault, p.layout.sheetName])).toEqual([
      ['unifaf', true, 'Stagiaires'],
      ['uniformation', true, 'Liste des stagiaires'],
      ['other', true, 'Stagiaires'],
    ]);
    const created = await window.call('trainings.create', { title: 'Simulateur de vieillissement', durationHours: 28 });
    const detail = await window.call('trainings.addParticipant', { trainingId: created.training.id, personId: 5, structureId: null });
    // The person's employer is taken when none is given.
    expect(detail.participants).toMatchObject([{ lastName: 'Durand', structureId: 3, structureName: 'EHPAD Les Tilleuls', opca: 'unifaf' }]);
    // Participants reference the person: erasing the person erases the participation.
    window.db().prepare('DELETE FROM person WHERE id = 5').run();
    expect((await window.call('trainings.get', { id: created.training.id })).participants).toEqual([]);
    window.close();
  });
});
