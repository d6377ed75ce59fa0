import { openTestWindow } from '../../support/host';

/** Valid SIRETs (Luhn) for the seeds' structures and the provider. */
export const sirets = {
  ehpad: '78012345600011',
  saad: '44306184100047',
  esat: '55208131766522',
  irfss: '77567227238579',
};

/**
 * The seeds' situation: the Croix-Rouge IRFSS of Alençon gives a 4-day training around an ageing
 * simulator, mixing a nursing home (Unifaf), a home-help service (Uniformation) and an ESAT whose
 * fund is not set in the register yet.
 */
export async function openTrainingWindow(folder: string) {
  const window = openTestWindow(folder);
  const path = await window.createAssociation();
  const structure = async (name: string, siret: string, opca: 'unifaf' | 'uniformation' | null, finessEt = '') =>
    (await window.call('structures.create', { name, siret, opca, finessEt })).structure.id;
  const ehpad = await structure('EHPAD Les Tilleuls', sirets.ehpad, 'unifaf', '610000234');
  const saad = await structure('SAAD du Bocage', sirets.saad, 'uniformation');
  const esat = await structure('ESAT de Flers', sirets.esat, null);
  const created = await window.call('trainings.create', {
    title: 'Simulateur de vieillissement',
    theme: 'Accompagnement du grand âge',
    providerName: 'Croix-Rouge française IRFSS Normandie — Alençon',
    providerSiret: sirets.irfss,
    durationHours: 28,
    costCents: 1_000_000,
    places: 12,
    location: 'Flers',
    planYear: 2025,
  });
  const trainingId = created.training.id;
  for (const day of ['2025-09-16', '2025-10-07', '2025-10-21', '2025-11-18']) {
    await window.call('trainings.saveSession', { trainingId, session: { startsOn: day, endsOn: day, startTime: '09:00', endTime: '17:00', location: 'Flers' } });
  }
  const people: [string, string, number | null, string][] = [
    ['Durand', 'Marie', ehpad, 'Aide-soignante'],
    ['Martin', 'Paul', ehpad, 'Agent de service hospitalier'],
    ['Lefèvre', 'Julie', ehpad, 'Infirmière'],
    ['=Bernard', 'Luc', ehpad, 'Aide-soignant'],
    ['Petit', 'Sophie', saad, 'Aide à domicile'],
    ['Moreau', 'Claire', saad, 'Auxiliaire de vie sociale'],
    ['Roux', 'Nadia', esat, 'Monitrice d’atelier'],
  ];
  let detail = created;
  for (const [lastName, firstName, structureId, occupationLabel] of people) {
    detail = await window.call('trainings.addParticipant', { trainingId, newPerson: { lastName, firstName }, structureId, occupationLabel });
  }
  return { ...window, path, ehpad, saad, esat, trainingId, detail };
}
