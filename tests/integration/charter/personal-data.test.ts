import { describe, expect, it } from 'vitest';
import { personalDataSources } from '../../../electron/main/store/privacy/sources';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

describe('what the charter and the newsletters hold about a person', () => {
  const tempFolder = useTempFolder();

  it('a professional who signed, and a named unsubscribe request, appear in the access export and go with the person', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const version = await window.call('charter.createVersion', {});
    await window.call('charter.adoptVersion', { id: version.id, adoptedOn: '2015-06-18' });
    const nurse = await window.call('charter.addSignatory', {
      kind: 'professional', lastName: 'Martin', firstName: 'Claire', profession: 'Infirmière libérale', email: 'claire.martin@exemple.fr',
      field: 'Soins à domicile', signedOn: '2015-07-01', territory: [{ kind: 'commune', code: '61169' }],
    });
    const db = window.db();
    db.prepare("INSERT INTO newsletter_unsubscribe (email, name, person_id, asked_on) VALUES ('claire.martin@exemple.fr', 'Claire Martin', ?, '2016-01-10')").run(nurse.personId);
    const rowsOf = (id: string) => personalDataSources.find((source) => source.id === id)!.rowsAbout(db, nurse.personId!);
    expect(rowsOf('charter-signatures')).toEqual([
      expect.objectContaining({ Profession: 'Infirmière libérale', 'Signée le': '2015-07-01', Territoire: 'Flers', 'Champ d’intervention': 'Soins à domicile' }),
    ]);
    expect(rowsOf('newsletter-unsubscribes')).toEqual([expect.objectContaining({ Adresse: 'claire.martin@exemple.fr', 'Demandé le': '2016-01-10' })]);
    // Erasure deletes the person: the cascade takes the signature, its territory and the request.
    db.prepare('DELETE FROM person WHERE id = ?').run(nurse.personId);
    expect(db.prepare('SELECT count(*) AS n FROM charter_signatory').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM charter_territory').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM newsletter_unsubscribe').get()).toEqual({ n: 0 });
    window.close();
  });
});
