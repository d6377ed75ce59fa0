import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { openExchangeWindow } from '../exchange/exchange-window';

const at = (iso: string) => () => new Date(iso);

/**
 * Every feature that creates a person dates it with the coordinator's setting for its kind
 * (« Personnes et RGPD »), not with a duration of its own: change the setting, and the people the
 * features create next are reviewed at that clock.
 */
describe('one retention setting per kind, for every feature that creates a person', () => {
  const tempFolder = useTempFolder();

  it('candidates, trainees and charter signatories follow the months set for their kind', async () => {
    const window = await openExchangeWindow(tempFolder());
    window.context.app.now = at('2026-03-10T09:00:00Z');
    await window.call('privacy.setRetention', { kind: 'candidate', months: 6 });
    await window.call('privacy.setRetention', { kind: 'trainee', months: 3 });
    await window.call('privacy.setRetention', { kind: 'other', months: 2 });

    await window.call('exchange.candidates.save', { candidate: window.candidate({ consentOn: '2026-03-01', lastContactOn: '2026-03-01' }) });
    const training = await window.call('trainings.create', { title: 'Simulateur de vieillissement', durationHours: 28 });
    await window.call('trainings.addParticipant', { trainingId: training.training.id, newPerson: { lastName: 'Quesnel', firstName: 'Léa' }, structureId: null });
    const version = await window.call('charter.createVersion', {});
    await window.call('charter.adoptVersion', { id: version.id, adoptedOn: '2015-06-18' });
    const nurse = await window.call('charter.addSignatory', {
      kind: 'professional', lastName: 'Martin', firstName: 'Claire', profession: 'Infirmière libérale', email: 'claire.martin@exemple.fr',
      field: 'Soins à domicile', signedOn: '2026-02-20', territory: [{ kind: 'commune', code: '61169' }],
    });

    const kept = (await window.call('people.list', {})).map((p) => [p.lastName, p.kind, p.retentionUntil]);
    expect(kept).toEqual([
      ['Berthelot', 'candidate', '2026-09-01'], // 6 months after the last contact
      ['Martin', 'other', '2026-04-20'], // 2 months after the signature
      ['Quesnel', 'trainee', '2026-06-10'], // 3 months after being added
    ]);
    expect(await window.call('people.retentionReview')).toEqual([]);

    // At the clock the settings give, the review proposes each of them in turn.
    window.context.app.now = at('2026-04-21T09:00:00Z');
    expect((await window.call('people.retentionReview')).map((p) => p.lastName)).toEqual(['Martin']);
    window.context.app.now = at('2026-06-11T09:00:00Z');
    expect((await window.call('people.retentionReview')).map((p) => p.lastName).sort()).toEqual(['Martin', 'Quesnel']);
    window.context.app.now = at('2026-09-02T09:00:00Z');
    expect((await window.call('people.retentionReview')).map((p) => p.lastName).sort()).toEqual(['Berthelot', 'Martin', 'Quesnel']);

    // A withdrawal is a new last contact: the kind's months run again from it.
    await window.call('charter.withdrawSignatory', { id: nurse.id, withdrawnOn: '2026-09-01' });
    expect((await window.call('people.get', { id: nurse.personId! })).person).toMatchObject({ lastContactOn: '2026-09-01', retentionUntil: '2026-11-01' });
    window.close();
  });
});
