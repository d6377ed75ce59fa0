import { basename } from 'node:path';
import type { competencyCalls, GapLine } from '../../../shared/api/competencies';
import { proximityMatrix, scoreAt, nearestOf } from '../../../shared/domain/competencies/matrix';
import { combinedGrid, holdingsOf, proximity, proximityDefinition, type Gap } from '../../../shared/domain/competencies/proximity';
import { territoryLines } from '../../../shared/domain/competencies/territory';
import { trainingNeeds } from '../../../shared/domain/competencies/training-needs';
import { careerPaths } from '../../../shared/domain/competencies/wear';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import type { AssociationFile } from '../store/association-file';
import { assessmentHistory, currentLevels, listPeople, recordAssessment, removeTarget, requirePerson, setTarget, targetsOf } from '../store/competencies/assessments';
import { createCompetency, listCompetencies, listLevels, updateLevels } from '../store/competencies/catalogue';
import { copyGrid, createEmployerGrid, deleteEmployerGrid, getGrid, gridOfJob, gridsOverview, isRegulatedOccupation, setRequirement, setWear, wearOf } from '../store/competencies/grids';
import { ensureCompetencies, starterOccupation } from '../store/competencies/seed';
import { competencyLabels, occupationGrids } from '../store/competencies/territory-grids';
import { trainingOffers } from '../store/competencies/trainings';
import { trainingsToClose } from '../../../shared/domain/competencies/training-cover';
import { writeTrainingNeedsWorkbook } from '../workbooks/training-needs-export';

type CompetencyHandlers = Pick<Handlers, Exclude<keyof typeof competencyCalls, 'grids.exportWorkbook' | 'grids.readWorkbook' | 'grids.commitWorkbook'>>;

/** The file, with the starter set loaded on first use (files created or migrated before it existed). */
function openFile(ctx: WindowContext): AssociationFile {
  const file = requireFile(ctx);
  ensureCompetencies(file.db, ctx.app.now());
  return file;
}

const withLabels = (gaps: readonly Gap[], labels: ReadonlyMap<number, string>): GapLine[] => gaps.map((gap) => ({ ...gap, label: labels.get(gap.competencyId) ?? '' }));

function occupationRow(file: AssociationFile, occupationId: number) {
  const row = file.db.prepare('SELECT id, key, label FROM occupation WHERE id = ?').get(occupationId) as { id: number; key: string; label: string } | undefined;
  return row ?? fail('NOT_FOUND', 'Ce métier n’existe plus : rechargez la liste.');
}

function structureName(file: AssociationFile, structureId: number | null): string | null {
  if (structureId === null) return null;
  const row = file.db.prepare('SELECT name FROM structure WHERE id = ?').get(structureId) as { name: string } | undefined;
  return row?.name ?? fail('NOT_FOUND', 'Cette structure n’existe plus : rechargez la liste.');
}

export function competencyHandlers(ctx: WindowContext): CompetencyHandlers {
  const now = () => ctx.app.now();

  const personTargets = (file: AssociationFile, personId: number) => {
    const held = currentLevels(file.db, personId);
    return targetsOf(file.db, personId).map((t) => ({
      occupationId: t.occupationId,
      occupationLabel: t.occupationLabel,
      structureId: t.structureId,
      structureName: t.structureName,
      score: proximity(held, gridOfJob(file.db, t.occupationId, t.structureId).requirements).score,
    }));
  };

  const needs = (file: AssociationFile) => {
    const targets = targetsOf(file.db, null);
    const grids = new Map<string, ReturnType<typeof gridOfJob>['requirements']>();
    const jobKey = (occupationId: number, structureId: number | null) => `${occupationId}:${structureId ?? ''}`;
    for (const t of targets) grids.set(jobKey(t.occupationId, t.structureId), gridOfJob(file.db, t.occupationId, t.structureId).requirements);
    // The needs are counted per occupation: a target at one employer uses that employer's grid.
    const labels = competencyLabels(file.db);
    const occupationLabels = new Map(targets.map((t) => [t.occupationId, t.occupationLabel]));
    const perTarget = targets.map((t, i) => ({ personId: t.personId, holdings: currentLevels(file.db, t.personId), targetId: i, occupationId: t.occupationId, structureId: t.structureId }));
    const raw = trainingNeeds(perTarget, (i) => {
      const t = perTarget[i];
      return t ? (grids.get(jobKey(t.occupationId, t.structureId)) ?? []) : [];
    });
    const merged = new Map<string, { occupationId: number; occupationLabel: string; competencyId: number; label: string; required: number; isCore: boolean; people: number; missingLevels: number }>();
    for (const need of raw) {
      const occupationId = perTarget[need.targetId]?.occupationId ?? 0;
      const key = `${occupationId}:${need.competencyId}`;
      const line = merged.get(key) ?? { occupationId, occupationLabel: occupationLabels.get(occupationId) ?? '', competencyId: need.competencyId, label: labels.get(need.competencyId) ?? '', required: 0, isCore: false, people: 0, missingLevels: 0 };
      line.required = Math.max(line.required, need.required);
      line.isCore ||= need.isCore;
      line.people += need.people;
      line.missingLevels += need.missingLevels;
      merged.set(key, line);
    }
    const offers = trainingOffers(file.db);
    return [...merged.values()]
      .map((line) => ({ ...line, trainings: offers.filter((o) => o.competencyIds.includes(line.competencyId)).map((o) => ({ id: o.id, title: o.title, hours: o.hours })) }))
      .sort((a, b) => b.people - a.people || b.missingLevels - a.missingLevels || a.occupationLabel.localeCompare(b.occupationLabel, 'fr') || a.label.localeCompare(b.label, 'fr'));
  };

  return {
    'competencies.list': () => {
      const { db } = openFile(ctx);
      return { levels: listLevels(db), competencies: listCompetencies(db) };
    },
    'competencies.create': (input) => createCompetency(openFile(ctx).db, input, now()),
    'competencies.updateLevels': ({ levels }) => updateLevels(openFile(ctx).db, levels),

    'grids.overview': () => {
      const { db } = openFile(ctx);
      return { occupations: gridsOverview(db), structures: db.prepare('SELECT id, name FROM structure ORDER BY name COLLATE NOCASE').all() as { id: number; name: string }[] };
    },
    'grids.get': ({ gridId }) => getGrid(openFile(ctx).db, gridId),
    'grids.setRequirement': ({ gridId, competencyId, level, isCore }) => setRequirement(openFile(ctx).db, gridId, competencyId, level, isCore, now()),
    'grids.createForEmployer': ({ occupationId, structureId }) => createEmployerGrid(openFile(ctx).db, occupationId, structureId, now()),
    'grids.copyFrom': ({ gridId, sourceGridId }) => copyGrid(openFile(ctx).db, gridId, sourceGridId, now()),
    'grids.deleteEmployerGrid': ({ gridId }) => deleteEmployerGrid(openFile(ctx).db, gridId),
    'grids.setWear': ({ occupationId, wear }) => {
      const file = openFile(ctx);
      occupationRow(file, occupationId);
      setWear(file.db, occupationId, wear);
      const { db } = file;
      return gridsOverview(db).find((o) => o.occupationId === occupationId) ?? fail('NOT_FOUND', 'Ce métier n’existe plus.');
    },
    'grids.territory': ({ occupationId }) => {
      const file = openFile(ctx);
      occupationRow(file, occupationId);
      const { db } = file;
      const grids = db
        .prepare('SELECT g.id, g.structure_id AS structureId, s.name FROM competency_grid g JOIN structure s ON s.id = g.structure_id WHERE g.occupation_id = ? ORDER BY s.name COLLATE NOCASE')
        .all(occupationId) as { id: number; structureId: number; name: string }[];
      const reference = gridOfJob(db, occupationId, null).requirements;
      const referenceLevels = new Map(reference.map((r) => [r.competencyId, r.level]));
      const competencies = new Map(listCompetencies(db).map((c) => [c.id, c]));
      const employerGrids = grids.map((g) => ({ structureId: g.structureId, requirements: gridOfJob(db, occupationId, g.structureId).requirements }));
      // The reference grid's items come too, so an employer that dropped one shows as « 0 ».
      const lines = territoryLines(employerGrids.length > 0 ? [...employerGrids] : []);
      const seen = new Set(lines.map((l) => l.competencyId));
      const extra = reference.filter((r) => !seen.has(r.competencyId)).map((r) => ({ competencyId: r.competencyId, levels: Object.fromEntries(grids.map((g) => [g.structureId, 0])), usual: 0, differing: 0, isCoreAnywhere: r.isCore }));
      return {
        structures: grids.map((g) => ({ id: g.structureId, name: g.name })),
        lines: [...lines, ...extra].map((line) => {
          const competency = competencies.get(line.competencyId);
          return {
            competencyId: line.competencyId,
            label: competency?.label ?? '',
            kind: competency?.kind ?? 'savoir_faire',
            reference: referenceLevels.get(line.competencyId) ?? 0,
            levels: Object.fromEntries(Object.entries(line.levels).map(([k, v]) => [String(k), v])),
            usual: line.usual,
            differing: line.differing,
            isCoreAnywhere: line.isCoreAnywhere,
          };
        }),
      };
    },

    'bridges.matrix': () => {
      const grids = occupationGrids(openFile(ctx).db);
      const matrix = proximityMatrix(grids);
      return { definition: proximityDefinition, occupations: grids.map((g) => ({ id: g.id, label: g.label, isRegulated: g.isRegulated })), scores: [...matrix.scores] };
    },
    'bridges.nearest': ({ occupationId, limit }) => {
      const file = openFile(ctx);
      const from = occupationRow(file, occupationId);
      const grids = occupationGrids(file.db);
      const byId = new Map(grids.map((g) => [g.id, g]));
      const labels = competencyLabels(file.db);
      const matrix = proximityMatrix(grids);
      const held = holdingsOf(byId.get(occupationId)?.requirements ?? []);
      const starter = starterOccupation(from.key);
      const byKey = new Map(grids.map((g) => [g.key, g]));
      const romeRankOf = new Map<number, number>();
      const rome = (starter?.mobility ?? []).map((m) => {
        const target = m.occupationKeys.map((key) => byKey.get(key)).find((g) => g !== undefined);
        if (target) romeRankOf.set(target.id, Math.min(romeRankOf.get(target.id) ?? m.rank, m.rank));
        return { romeCode: m.romeCode, label: m.label, rank: m.rank, isRegulated: m.isRegulated, occupationId: target?.id ?? null, score: target ? proximity(held, target.requirements).score : null };
      });
      const computed = nearestOf(matrix, occupationId, limit).map(({ id, score }) => {
        const target = byId.get(id);
        return {
          occupationId: id,
          label: target?.label ?? '',
          score,
          isRegulated: target?.isRegulated ?? false,
          romeRank: romeRankOf.get(id) ?? null,
          gaps: withLabels(proximity(held, target?.requirements ?? []).gaps, labels),
        };
      });
      return { computed, rome };
    },
    'bridges.careerPaths': () => {
      const { db } = openFile(ctx);
      const grids = occupationGrids(db);
      const byId = new Map(grids.map((g) => [g.id, g]));
      const matrix = proximityMatrix(grids);
      const index = new Map(grids.map((g, i) => [g.id, i]));
      const labels = competencyLabels(db);
      const wear = new Map(grids.map((g) => [g.id, wearOf(db, g.id)]));
      return careerPaths(wear, (a, b) => scoreAt(matrix, index.get(a) ?? 0, index.get(b) ?? 0), grids.map((g) => g.id)).map((path) => ({
        ...path,
        fromLabel: byId.get(path.fromId)?.label ?? '',
        toLabel: byId.get(path.toId)?.label ?? '',
        isRegulated: byId.get(path.toId)?.isRegulated ?? false,
        gaps: withLabels(proximity(holdingsOf(byId.get(path.fromId)?.requirements ?? []), byId.get(path.toId)?.requirements ?? []).gaps, labels),
      }));
    },
    'bridges.twoEmployers': ({ jobs }) => {
      const file = openFile(ctx);
      const labels = competencyLabels(file.db);
      const offers = trainingOffers(file.db);
      const sides = jobs.map((job) => {
        const occupation = occupationRow(file, job.occupationId);
        const grid = gridOfJob(file.db, job.occupationId, job.structureId);
        return { job, occupation, grid, structureName: structureName(file, job.structureId), isRegulated: isRegulatedOccupation(occupation.key) };
      });
      const combined = combinedGrid(sides.map((s) => s.grid.requirements));
      const warnings: string[] = [];
      const occupationIds = new Set(sides.map((s) => s.job.occupationId));
      const regulated = sides.filter((s) => s.isRegulated);
      if (regulated.length > 0 && occupationIds.size > 1)
        warnings.push(`${regulated.map((s) => s.occupation.label).join(', ')} : métier réglementé, il demande son diplôme ; un poste mutualisé ne le mélange pas avec un autre métier.`);
      for (const s of sides)
        if (s.grid.requirements.length === 0) warnings.push(`${s.occupation.label}${s.structureName ? ` (${s.structureName})` : ''} n’a pas encore de grille : remplissez-la dans l’onglet « Grilles ».`);
      return {
        jobs: sides.map((s) => {
          const result = proximity(holdingsOf(s.grid.requirements), combined);
          return {
            occupationId: s.job.occupationId,
            occupationLabel: s.occupation.label,
            structureId: s.job.structureId,
            structureName: s.structureName,
            gridSource: s.grid.source,
            isRegulated: s.isRegulated,
            score: result.score,
            gaps: withLabels(result.gaps, labels),
            training: trainingsToClose(result.gaps.map((g) => g.competencyId), offers),
          };
        }),
        combined: combined
          .map((r) => ({ competencyId: r.competencyId, label: labels.get(r.competencyId) ?? '', required: r.level, isCore: r.isCore, levels: sides.map((s) => s.grid.requirements.find((x) => x.competencyId === r.competencyId)?.level ?? 0) }))
          .sort((a, b) => Number(b.isCore) - Number(a.isCore) || a.label.localeCompare(b.label, 'fr')),
        warnings,
      };
    },

    'assessments.people': () => {
      const file = openFile(ctx);
      return listPeople(file.db).map((p) => ({ ...p, targets: personTargets(file, p.id) }));
    },
    'assessments.ofPerson': ({ personId }) => {
      const file = openFile(ctx);
      requirePerson(file.db, personId);
      return {
        history: assessmentHistory(file.db, personId).map(({ id, competencyId, label, level, assessedOn, assessedBy }) => ({ id, competencyId, label, level, assessedOn, assessedBy })),
        current: [...currentLevels(file.db, personId)].map(([competencyId, level]) => ({ competencyId, level })),
        targets: personTargets(file, personId),
      };
    },
    'assessments.record': (input) => ({ id: recordAssessment(openFile(ctx).db, input, now()) }),
    'assessments.setTarget': ({ personId, occupationId, structureId }) => {
      const file = openFile(ctx);
      structureName(file, structureId);
      setTarget(file.db, personId, occupationId, structureId, now());
    },
    'assessments.removeTarget': ({ personId, occupationId }) => removeTarget(openFile(ctx).db, personId, occupationId),
    'assessments.gap': ({ personId, job }) => {
      const file = openFile(ctx);
      requirePerson(file.db, personId);
      occupationRow(file, job.occupationId);
      const result = proximity(currentLevels(file.db, personId), gridOfJob(file.db, job.occupationId, job.structureId).requirements);
      return { score: result.score, gaps: withLabels(result.gaps, competencyLabels(file.db)), training: trainingsToClose(result.gaps.map((g) => g.competencyId), trainingOffers(file.db)) };
    },

    'trainingNeeds.list': () => needs(openFile(ctx)),
    'trainingNeeds.export': async () => {
      const file = openFile(ctx);
      const lines = needs(file);
      const stamp = now().toISOString().slice(0, 10);
      const path = await ctx.dialogs.saveFile({ title: 'Exporter les besoins de formation', defaultName: `besoins-de-formation-${stamp}.xlsx`, filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }] });
      if (!path) return cancelled();
      await writeTrainingNeedsWorkbook(path, lines, listLevels(file.db), now());
      return { fileName: basename(path), rows: lines.length };
    },
  };
}

