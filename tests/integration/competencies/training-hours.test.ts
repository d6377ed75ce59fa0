import { describe, expect, it } from 'vitest';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

describe('training hours that close the gaps (trainings of migration 012)', () => {
  const tempFolder = useTempFolder();

  it('names the trainings that develop the missing competencies, with their hours, and proposes them for the needs', async () => {
    const window = openTestWindow(tempFolder());
    await window.createAssociation();
    const ehpad = (await window.call('structures.create', { name: 'EHPAD Les Tilleuls' })).structure;
    const saad = (await window.call('structures.create', { name: 'SAAD du Bocage' })).structure;
    const { occupations } = await window.call('grids.overview');
    const asi = occupations.find((o) => o.key === 'agent-service-interne')!;
    const domicile = occupations.find((o) => o.key === 'agent-domicile')!;
    const before = await window.call('bridges.twoEmployers', { jobs: [{ occupationId: asi.occupationId, structureId: ehpad.id }, { occupationId: domicile.occupationId, structureId: saad.id }] });
    // Nothing about hours while no training says which competencies it develops.
    expect(before.jobs[0]!.training).toEqual({ trainings: [], hours: 0, uncovered: before.jobs[0]!.gaps.map((g) => g.competencyId) });

    const [g1, g2, g3] = before.jobs[0]!.gaps;
    const db = window.db();
    const stamp = '2026-01-05T00:00:00.000Z';
    const training = db.prepare('INSERT INTO training (title, duration_hours, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const link = db.prepare('INSERT INTO training_competency (training_id, competency_id) VALUES (?, ?)');
    const home = Number(training.run('Intervenir au domicile', 21, stamp, stamp).lastInsertRowid);
    const meals = Number(training.run('Préparer les repas', 7, stamp, stamp).lastInsertRowid);
    link.run(home, g1!.competencyId);
    link.run(home, g2!.competencyId);
    link.run(meals, g3!.competencyId);

    const after = await window.call('bridges.twoEmployers', { jobs: [{ occupationId: asi.occupationId, structureId: ehpad.id }, { occupationId: domicile.occupationId, structureId: saad.id }] });
    expect(after.jobs[0]!.training.trainings.map((t) => [t.title, t.hours])).toEqual([
      ['Préparer les repas', 7],
      ['Intervenir au domicile', 21],
    ]);
    expect(after.jobs[0]!.training.hours).toBe(28);
    expect(after.jobs[0]!.training.uncovered).toHaveLength(after.jobs[0]!.gaps.length - 3);

    const stampPerson = '2026-01-05T00:00:00.000Z';
    const personId = Number(
      db.prepare("INSERT INTO person (last_name, retention_until, created_at, updated_at) VALUES ('Lemaître', '2028-01-01', ?, ?)").run(stampPerson, stampPerson).lastInsertRowid,
    );
    await window.call('assessments.setTarget', { personId, occupationId: asi.occupationId, structureId: null });
    const gap = await window.call('assessments.gap', { personId, job: { occupationId: domicile.occupationId, structureId: null } });
    expect(gap.training.hours).toBeGreaterThan(0);
    await window.call('assessments.setTarget', { personId, occupationId: domicile.occupationId, structureId: saad.id });
    const needs = await window.call('trainingNeeds.list');
    expect(needs.find((n) => n.competencyId === g1!.competencyId && n.occupationId === domicile.occupationId)?.trainings).toEqual([{ id: home, title: 'Intervenir au domicile', hours: 21 }]);
    window.close();
  });
});
