import { describe, expect, it } from 'vitest';
import { addUnsubscribe, isUnsubscribed, listUnsubscribes, removeUnsubscribe, withoutUnsubscribed } from '../../../electron/main/store/newsletters/unsubscribes';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

describe('unsubscribe list', () => {
  const tempFolder = useTempFolder();

  it('answers for an address whatever its case and spaces, and filters recipient lists', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const db = window.db();
    expect(isUnsubscribed(db, 'marie.dupont@exemple.fr')).toBe(false);
    addUnsubscribe(db, { email: '  Marie.Dupont@Exemple.fr ', name: 'Marie Dupont', askedOn: '2024-03-01' });
    expect(isUnsubscribed(db, 'marie.dupont@exemple.fr')).toBe(true);
    expect(isUnsubscribed(db, 'MARIE.DUPONT@EXEMPLE.FR')).toBe(true);
    expect(isUnsubscribed(db, '')).toBe(false);
    const recipients = [{ email: 'a@b.fr' }, { email: 'marie.dupont@EXEMPLE.fr' }];
    expect(withoutUnsubscribed(db, recipients, (r) => r.email)).toEqual([{ email: 'a@b.fr' }]);
    window.close();
  });

  it('refuses a malformed or repeated address and changes nothing', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const db = window.db();
    addUnsubscribe(db, { email: 'a@b.fr', askedOn: '2024-03-01' });
    expect(() => addUnsubscribe(db, { email: 'pas une adresse', askedOn: '2024-03-01' })).toThrow(/n’est pas une adresse/);
    expect(() => addUnsubscribe(db, { email: 'A@B.FR', askedOn: '2024-03-02' })).toThrow(/déjà/);
    expect(listUnsubscribes(db)).toHaveLength(1);
    removeUnsubscribe(db, listUnsubscribes(db)[0]!.id);
    expect(isUnsubscribed(db, 'a@b.fr')).toBe(false);
    window.close();
  });
});
