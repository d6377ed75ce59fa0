import { describe, expect, it } from 'vitest';
import { personalDataSources } from '../../../electron/main/store/privacy/sources';
import { useTempFolder } from '../../support/temp-folder';
import { openTrainingWindow } from './training-window';

describe('trainings, sessions, participants and the plan', () => {
  const tempFolder = useTempFolder();

  it('records attendance per session, counts free places, and totals the plan by structure and fund', async () => {
    const window = await openTrainingWindow(tempFolder());
    const { detail } = window;
    expect(detail.sessions.map((s) => s.startsOn)).toEqual(['2025-09-16', '2025-10-07', '2025-10-21', '2025-11-18']);
    expect(detail.training).toMatchObject({ participantCount: 7, places: 12, freePlaces: 5, firstDate: '2025-09-16', lastDate: '2025-11-18' });
    const marie = detail.participants.find((p) => p.lastName === 'Durand')!;
    await window.call('trainings.setAttendance', { sessionId: detail.sessions[0]!.id, participantId: marie.id, status: 'present' });
    let after = await window.call('trainings.setAttendance', { sessionId: detail.sessions[1]!.id, participantId: marie.id, status: 'excused' });
    expect(after.participants.find((p) => p.id === marie.id)!.attendance).toEqual({ [detail.sessions[0]!.id]: 'present', [detail.sessions[1]!.id]: 'excused' });
    after = await window.call('trainings.setAttendance', { sessionId: detail.sessions[1]!.id, participantId: marie.id, status: null });
    expect(Object.keys(after.participants.find((p) => p.id === marie.id)!.attendance)).toHaveLength(1);
    expect(after.participants.reduce((sum, p) => sum + p.effectiveCostCents, 0)).toBe(1_000_000);

    const plan = await window.call('trainings.plan', { year: 2025 });
    expect(plan).toMatchObject({ trainings: 1, participants: 7, hours: 196, costCents: 1_000_000 });
    expect(plan.byFund.map((f) => [f.label, f.participants, f.hours])).toEqual([
      ['Unifaf (OPCO Santé)', 4, 112],
      ['Uniformation (OPCO Cohésion sociale)', 2, 56],
      ['Sans OPCA', 1, 28],
    ]);
    expect(plan.withoutOpca).toEqual([{ structureId: window.esat, structureName: 'ESAT de Flers' }]);
    expect(plan.freePlaces).toMatchObject([{ title: 'Simulateur de vieillissement', freePlaces: 5 }]);
    window.close();
  });

  it('refuses bad input in French and changes nothing', async () => {
    const window = await openTrainingWindow(tempFolder());
    const before = JSON.stringify(await window.call('trainings.get', { id: window.trainingId }));
    expect((await window.refusal('trainings.update', { id: window.trainingId, changes: { providerSiret: '123' } })).message).toContain('SIRET de l’organisme');
    expect((await window.refusal('trainings.saveSession', { trainingId: window.trainingId, session: { startsOn: '2025-10-02', endsOn: '2025-10-01' } })).message).toContain('ne peut pas précéder');
    const marie = window.detail.participants.find((p) => p.lastName === 'Durand')!;
    expect((await window.refusal('trainings.addParticipant', { trainingId: window.trainingId, personId: marie.personId })).code).toBe('CONFLICT');
    expect((await window.refusal('trainings.addParticipant', { trainingId: window.trainingId, newPerson: { lastName: 'Neuf', email: 'pas-une-adresse' } })).code).toBe('VALIDATION');
    expect(JSON.stringify(await window.call('trainings.get', { id: window.trainingId }))).toBe(before);
    expect(window.db().prepare("SELECT count(*) AS n FROM person WHERE last_name = 'Neuf'").get()).toEqual({ n: 0 });
    window.close();
  });

  it('says which competencies an action develops, for the training needs screen', async () => {
    const window = await openTrainingWindow(tempFolder());
    const insert = window.db().prepare("INSERT INTO competency (label, kind, created_at, updated_at) VALUES (?, 'savoir_faire', 'x', 'x')");
    const care = Number(insert.run('Accompagner une personne âgée dans les gestes du quotidien').lastInsertRowid);
    const hygiene = Number(insert.run('Appliquer les règles d’hygiène').lastInsertRowid);
    const detail = await window.call('trainings.setCompetencies', { trainingId: window.trainingId, competencyIds: [care] });
    expect(detail.competencyIds).toEqual([care]);
    expect(await window.call('trainings.developing', { competencyIds: [care, hygiene] })).toEqual([
      { trainingId: window.trainingId, title: 'Simulateur de vieillissement', durationHours: 28, firstDate: '2025-09-16', freePlaces: 5, competencyIds: [care] },
    ]);
    expect((await window.refusal('trainings.setCompetencies', { trainingId: window.trainingId, competencyIds: [9999] })).code).toBe('NOT_FOUND');
    expect((await window.call('trainings.get', { id: window.trainingId })).competencyIds).toEqual([care]);
    window.close();
  });

  it('declares participations and attendance to the privacy registry', async () => {
    const window = await openTrainingWindow(tempFolder());
    const source = personalDataSources.find((s) => s.id === 'trainings')!;
    const marie = window.detail.participants.find((p) => p.lastName === 'Durand')!;
    await window.call('trainings.setAttendance', { sessionId: window.detail.sessions[0]!.id, participantId: marie.id, status: 'present' });
    expect(source.rowsAbout(window.db(), marie.personId)).toEqual([
      expect.objectContaining({ Formation: 'Simulateur de vieillissement', Employeur: 'EHPAD Les Tilleuls', 'Date de début': '16/09/2025', Heures: 28, 'Décision de l’OPCA': 'En attente', Présences: '16/09/2025 : présent' }),
    ]);
    window.close();
  });
});
