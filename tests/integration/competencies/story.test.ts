import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { personalDataSources } from '../../../electron/main/store/privacy/sources';
import { openTestWindow } from '../../support/host';
import { useTempFolder } from '../../support/temp-folder';

type Window = ReturnType<typeof openTestWindow>;

async function setUp(window: Window) {
  await window.createAssociation();
  const ehpad = (await window.call('structures.create', { name: 'EHPAD Les Tilleuls' })).structure;
  const saad = (await window.call('structures.create', { name: 'SAAD du Bocage' })).structure;
  const { occupations } = await window.call('grids.overview');
  const byKey = (key: string) => occupations.find((o) => o.key === key) ?? (() => { throw new Error(key); })();
  return { ehpad, saad, asi: byKey('agent-service-interne'), domicile: byKey('agent-domicile'), ash: byKey('agent-service-hospitalier'), aideSoignant: byKey('aide-soignant') };
}

function insertPerson(window: Window, lastName: string, occupationId: number, structureId: number) {
  const stamp = '2026-01-05T00:00:00.000Z';
  return Number(
    window
      .db()
      .prepare("INSERT INTO person (last_name, first_name, structure_id, occupation_id, retention_until, created_at, updated_at) VALUES (?, 'Odile', ?, ?, '2028-01-01', ?, ?)")
      .run(lastName, structureId, occupationId, stamp, stamp).lastInsertRowid,
  );
}

describe('competency grids, bridges and needs (one association file)', () => {
  const tempFolder = useTempFolder();

  it('starts every sector occupation with its ROME grid, and lets an employer have its own copy', async () => {
    const window = openTestWindow(tempFolder());
    const { ehpad, asi } = await setUp(window);
    expect(asi).toMatchObject({ requirementCount: 46, isRegulated: false, employerGrids: [] });
    const own = await window.call('grids.createForEmployer', { occupationId: asi.occupationId, structureId: ehpad.id });
    expect(own.requirements).toHaveLength(46);
    expect(own.structureName).toBe('EHPAD Les Tilleuls');
    const refusal = await window.refusal('grids.createForEmployer', { occupationId: asi.occupationId, structureId: ehpad.id });
    expect(refusal.code).toBe('CONFLICT');
    // Level 7 does not exist on a 4-level scale: refused, nothing changed.
    const first = own.requirements[0]!;
    expect((await window.refusal('grids.setRequirement', { gridId: own.gridId, competencyId: first.competencyId, level: 5 })).message).toMatch(/niveau 5 n’existe pas/);
    expect((await window.call('grids.get', { gridId: own.gridId })).requirements[0]).toEqual(first);
    const removed = await window.call('grids.setRequirement', { gridId: own.gridId, competencyId: first.competencyId, level: 0 });
    expect(removed.requirements).toHaveLength(45);
    window.close();
  });

  it('answers « who could take this pooled position, and what would it take? »', async () => {
    const window = openTestWindow(tempFolder());
    const { ehpad, saad, asi, domicile, aideSoignant } = await setUp(window);
    await window.call('grids.createForEmployer', { occupationId: asi.occupationId, structureId: ehpad.id });
    await window.call('grids.createForEmployer', { occupationId: domicile.occupationId, structureId: saad.id });

    const matrix = await window.call('bridges.matrix');
    const n = matrix.occupations.length;
    expect(matrix.scores).toHaveLength(n * n);
    const i = matrix.occupations.findIndex((o) => o.id === asi.occupationId);
    const j = matrix.occupations.findIndex((o) => o.id === domicile.occupationId);
    expect(matrix.scores[i * n + i]).toBe(1);
    expect(matrix.scores[i * n + j]).not.toBe(matrix.scores[j * n + i]);
    expect(matrix.definition).toMatch(/cœur de métier/);

    const two = await window.call('bridges.twoEmployers', {
      jobs: [
        { occupationId: asi.occupationId, structureId: ehpad.id },
        { occupationId: domicile.occupationId, structureId: saad.id },
      ],
    });
    expect(two.jobs.map((j) => j.gridSource)).toEqual(['employer', 'employer']);
    expect(two.combined.length).toBeGreaterThan(46);
    expect(two.jobs[0]!.score).toBeLessThan(1);
    expect(two.jobs[0]!.gaps.length).toBeGreaterThan(0);
    expect(two.jobs[0]!.gaps[0]).toMatchObject({ label: expect.any(String) as string, isCore: true });
    expect(two.warnings).toEqual([]);

    const mixed = await window.call('bridges.twoEmployers', {
      jobs: [
        { occupationId: aideSoignant.occupationId, structureId: ehpad.id },
        { occupationId: domicile.occupationId, structureId: null },
      ],
    });
    expect(mixed.warnings[0]).toMatch(/métier réglementé/);

    const nearest = await window.call('bridges.nearest', { occupationId: asi.occupationId });
    expect(nearest.computed.length).toBe(10);
    expect(nearest.rome[0]).toMatchObject({ romeCode: 'K2204', rank: 1, occupationId: null });
    expect(nearest.rome.find((r) => r.romeCode === 'J1301')).toMatchObject({ occupationId: expect.any(Number) as number, score: expect.any(Number) as number });

    const paths = await window.call('bridges.careerPaths');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.wearTo < p.wearFrom && p.score >= 0.5)).toBe(true);
    window.close();
  });

  it('records a person’s assessments, counts the training needs and exports them', async () => {
    const folder = tempFolder();
    const window = openTestWindow(folder);
    const { ehpad, saad, asi, domicile } = await setUp(window);
    const grid = await window.call('grids.createForEmployer', { occupationId: domicile.occupationId, structureId: saad.id });
    const personId = insertPerson(window, 'Lemaître', asi.occupationId, ehpad.id);
    const [c1, c2] = grid.requirements;
    await window.call('assessments.record', { personId, competencyId: c1!.competencyId, level: 1, assessedOn: '2026-01-02', assessedBy: 'Mme Roger' });
    await window.call('assessments.record', { personId, competencyId: c1!.competencyId, level: c1!.level, assessedOn: '2026-01-03' });
    await window.call('assessments.record', { personId, competencyId: c2!.competencyId, level: 1, assessedOn: '2026-01-03' });
    expect((await window.refusal('assessments.record', { personId, competencyId: c2!.competencyId, level: 3, assessedOn: '2099-01-01' })).message).toMatch(/futur/);
    await window.call('assessments.setTarget', { personId, occupationId: domicile.occupationId, structureId: saad.id });

    const person = await window.call('assessments.ofPerson', { personId });
    expect(person.history).toHaveLength(3);
    expect(person.current).toContainEqual({ competencyId: c1!.competencyId, level: c1!.level });
    expect(person.targets[0]).toMatchObject({ occupationLabel: domicile.label, structureName: 'SAAD du Bocage' });
    const gap = await window.call('assessments.gap', { personId, job: { occupationId: domicile.occupationId, structureId: saad.id } });
    expect(gap.gaps.map((g) => g.competencyId)).not.toContain(c1!.competencyId);
    expect(gap.gaps.find((g) => g.competencyId === c2!.competencyId)).toMatchObject({ held: 1, required: c2!.level });

    const needs = await window.call('trainingNeeds.list');
    expect(needs).toHaveLength(grid.requirements.length - 1);
    expect(needs.every((n) => n.people === 1 && n.occupationLabel === domicile.label)).toBe(true);

    const path = join(folder, 'besoins.xlsx');
    window.answer(path);
    expect(await window.call('trainingNeeds.export')).toEqual({ fileName: 'besoins.xlsx', rows: needs.length });
    const sheet = XLSX.read(readFileSync(path)).Sheets['Besoins de formation']!;
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
    expect(rows).toHaveLength(needs.length);
    expect(rows[0]).toMatchObject({ 'Métier visé': domicile.label, 'Personnes concernées': 1 });
    expect(JSON.stringify(rows)).not.toContain('Lemaître');

    // The privacy registry sees what this feature holds about the person, and erasure cascades.
    const source = personalDataSources.find((s) => s.id === 'assessments')!;
    expect(source.rowsAbout(window.db(), personId)).toHaveLength(4);
    window.db().prepare('DELETE FROM person WHERE id = ?').run(personId);
    expect(source.rowsAbout(window.db(), personId)).toEqual([]);
    expect(await window.call('trainingNeeds.list')).toEqual([]);
    window.close();
  });
});
