import { openTestWindow } from '../../support/host';

export const printWindows: ReturnType<typeof openTestWindow>[] = [];

/** Three structures of Flers Agglo whose agent de service needs fit together over 2025. */
export async function pooledWindow(folder: string) {
  const window = openTestWindow(folder);
  printWindows.push(window);
  await window.createAssociation();
  const ids: number[] = [];
  for (const [name, commune] of [['EHPAD Les Tilleuls', '61169'], ['SAAD du Bocage', '61169'], ['ESAT du Houlme', '61007']] as const) {
    const { structure } = await window.call('structures.create', { name, communeCode: commune, type: 'ehpad' });
    ids.push(structure.id);
  }
  await window.call('contacts.save', { structureId: ids[0]!, contact: { name: 'Marie Lefèvre', role: 'director', email: 'direction@tilleuls.fr', phone: '02 33 65 00 00' } });
  await window.call('occupations.list');
  const db = window.db();
  const occupationId = (db.prepare("SELECT id FROM occupation WHERE key = 'agent-service-interne'").get() as { id: number }).id;
  const insert = db.prepare('INSERT INTO cdd_entry (structure_id, occupation_id, month, contracts, hours) VALUES (?, ?, ?, 1, ?)');
  for (let m = 1; m <= 12; m += 1) {
    const month = `2025-${String(m).padStart(2, '0')}`;
    insert.run(m <= 6 ? ids[0]! : ids[1]!, occupationId, month, 130);
    insert.run(ids[2]!, occupationId, month, 20);
  }
  return window;
}
