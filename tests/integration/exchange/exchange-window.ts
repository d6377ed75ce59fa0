export { cvMarker, writeCvPdf, writeDocx } from '../../support/cv-files';
import { join } from 'node:path';
import type { CandidateInput } from '../../../shared/api/exchange';
import { openTestWindow } from '../../support/host';

/** A test window with an association, two members and the occupation reference loaded. */
export async function openExchangeWindow(folder: string) {
  const window = openTestWindow(folder);
  const path = await window.createAssociation('MCE-M3S', 'bocage.passerelles');
  const ehpad = await window.call('structures.create', { name: 'EHPAD Les Tilleuls', communeCode: '61169' }); // Flers
  const saad = await window.call('structures.create', { name: 'SAAD du Bocage', communeCode: '61006' }); // Alençon
  const occupations = await window.call('occupations.list');
  const occupation = (romeCode: string) => {
    const found = occupations.find((o) => o.romeCode === romeCode);
    if (!found) throw new Error(`pas de métier ${romeCode}`);
    return found;
  };
  const candidate = (overrides: Partial<CandidateInput> = {}): CandidateInput => ({
    civility: 'Mme',
    lastName: 'Berthelot',
    firstName: 'Maëlle',
    email: 'maelle.berthelot@example.fr',
    phone: '06 12 34 56 78',
    communeCode: '61169',
    mobility: 'epci',
    wishedOccupationKeys: [occupation('J1501').key],
    consentScope: 'allMembers',
    consentOn: '2026-11-02',
    ...overrides,
  });
  return { ...window, path, ehpadId: ehpad.structure.id, saadId: saad.structure.id, occupation, candidate, file: (name: string) => join(folder, name) };
}

