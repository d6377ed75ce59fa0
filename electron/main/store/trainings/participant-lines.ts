import type Database from 'better-sqlite3';
import type { Opca } from '../../../../shared/domain/structure';
import { splitCost } from './cost-split';

/** Which participants an export, a return or the plan is about: one action, or a year's plan. */
export type Scope = { kind: 'training'; trainingId: number } | { kind: 'plan'; year: number };

/** One participant of one action, with everything the fund's workbook may show. */
export type ParticipantLine = {
  participantId: number;
  trainingId: number;
  structureId: number | null;
  structureName: string;
  structureSiret: string;
  structureFiness: string;
  opca: Opca | null;
  civility: string;
  lastName: string;
  firstName: string;
  occupation: string;
  trainingTitle: string;
  theme: string;
  providerName: string;
  providerSiret: string;
  startDate: string | null;
  endDate: string | null;
  hours: number;
  costCents: number;
  location: string;
  fundingStatus: string;
};

type Raw = Omit<ParticipantLine, 'costCents' | 'opca'> & { opca: string | null; setCostCents: number | null; trainingCostCents: number };

/**
 * Every participant line of the scope, sorted by structure then name (the order of the fund's
 * workbook, whose totals are per structure). Costs are each participant's share (splitCost).
 */
export function participantLines(db: Database.Database, scope: Scope): ParticipantLine[] {
  const where = scope.kind === 'training' ? 't.id = @id' : 't.plan_year = @id';
  const rows = db
    .prepare(
      `SELECT p.id AS participantId, t.id AS trainingId, p.structure_id AS structureId, coalesce(s.name, '') AS structureName,
              coalesce(s.siret, '') AS structureSiret, coalesce(nullif(s.finess_et, ''), s.finess_ej, '') AS structureFiness, s.opca,
              pe.civility, pe.last_name AS lastName, pe.first_name AS firstName, p.occupation_label AS occupation,
              t.title AS trainingTitle, t.theme, t.provider_name AS providerName, t.provider_siret AS providerSiret,
              (SELECT min(starts_on) FROM training_session x WHERE x.training_id = t.id) AS startDate,
              (SELECT max(ends_on) FROM training_session x WHERE x.training_id = t.id) AS endDate,
              t.duration_hours AS hours, p.cost_cents AS setCostCents, t.cost_cents AS trainingCostCents, t.location,
              p.funding_status AS fundingStatus
       FROM training_participant p
       JOIN training t ON t.id = p.training_id
       JOIN person pe ON pe.id = p.person_id
       LEFT JOIN structure s ON s.id = p.structure_id
       WHERE ${where}
       ORDER BY t.id, p.id`,
    )
    .all({ id: scope.kind === 'training' ? scope.trainingId : scope.year }) as Raw[];
  // Shares are split per action, over all its participants (whatever their fund).
  const byTraining = new Map<number, Raw[]>();
  for (const row of rows) {
    const list = byTraining.get(row.trainingId) ?? [];
    list.push(row);
    byTraining.set(row.trainingId, list);
  }
  const lines: ParticipantLine[] = [];
  for (const list of byTraining.values()) {
    const shares = splitCost(list[0]!.trainingCostCents, list.map((r) => r.setCostCents));
    list.forEach((row, i) => {
      const { setCostCents: _set, trainingCostCents: _total, opca, ...rest } = row;
      lines.push({ ...rest, opca: opca === 'unifaf' || opca === 'uniformation' || opca === 'other' ? opca : null, costCents: shares[i] ?? 0 });
    });
  }
  return lines.sort(
    (a, b) =>
      a.structureName.localeCompare(b.structureName, 'fr') ||
      (a.structureId ?? 0) - (b.structureId ?? 0) ||
      a.lastName.localeCompare(b.lastName, 'fr') ||
      a.firstName.localeCompare(b.firstName, 'fr') ||
      (a.startDate ?? '').localeCompare(b.startDate ?? '') ||
      a.participantId - b.participantId,
  );
}
