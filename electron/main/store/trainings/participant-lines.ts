import type Database from 'better-sqlite3';
import type { Opca } from '../../../../shared/domain/structure';

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

type Raw = Omit<ParticipantLine, 'costCents' | 'opca'> & { opca: string | null; setCostCents: number | null; rest: number; open: number; openRank: number };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Every participant line of the scope (of one fund when `opca` is given), sorted by structure
 * then name (the order of the fund's workbook, whose totals are per structure). Costs are each
 * participant's share, computed as splitCost does (set shares kept, the rest split evenly over
 * the others, leftover cents to the first ones by id) but in SQL window functions, over all
 * participants of each action whatever their fund: a fund's export reads only its own lines.
 */
export function participantLines(db: Database.Database, scope: Scope, opca?: Opca): ParticipantLine[] {
  const where = scope.kind === 'training' ? 't.id = @id' : 't.plan_year = @id';
  const rows = db
    .prepare(
      `WITH share AS MATERIALIZED (
         SELECT p.id, max(0, t.cost_cents - sum(coalesce(p.cost_cents, 0)) OVER action) AS rest,
                sum(p.cost_cents IS NULL) OVER action AS open,
                sum(p.cost_cents IS NULL) OVER (PARTITION BY p.training_id ORDER BY p.id ROWS UNBOUNDED PRECEDING) AS openRank
         FROM training_participant p JOIN training t ON t.id = p.training_id
         WHERE ${where}
         WINDOW action AS (PARTITION BY p.training_id)
       ),
       dates AS MATERIALIZED (SELECT training_id, min(starts_on) AS startDate, max(ends_on) AS endDate FROM training_session GROUP BY training_id)
       SELECT p.id AS participantId, t.id AS trainingId, p.structure_id AS structureId, coalesce(s.name, '') AS structureName,
              coalesce(s.siret, '') AS structureSiret, coalesce(nullif(s.finess_et, ''), s.finess_ej, '') AS structureFiness, s.opca,
              pe.civility, pe.last_name AS lastName, pe.first_name AS firstName, p.occupation_label AS occupation,
              t.title AS trainingTitle, t.theme, t.provider_name AS providerName, t.provider_siret AS providerSiret,
              d.startDate, d.endDate, t.duration_hours AS hours, p.cost_cents AS setCostCents, share.rest, share.open, share.openRank,
              t.location, p.funding_status AS fundingStatus
       FROM share
       JOIN training_participant p ON p.id = share.id
       JOIN training t ON t.id = p.training_id
       JOIN person pe ON pe.id = p.person_id
       LEFT JOIN structure s ON s.id = p.structure_id
       LEFT JOIN dates d ON d.training_id = t.id
       ${opca ? 'WHERE s.opca = @opca' : ''}`,
    )
    .all({ id: scope.kind === 'training' ? scope.trainingId : scope.year, ...(opca ? { opca } : {}) }) as Raw[];
  const lines = rows.map((row): ParticipantLine => {
    const { setCostCents, rest, open, openRank, opca: fund, ...line } = row;
    let costCents = setCostCents ?? 0;
    if (setCostCents === null) {
      const base = Math.floor(rest / open);
      costCents = base + (openRank <= rest - base * open ? 1 : 0);
    }
    return { ...line, opca: fund === 'unifaf' || fund === 'uniformation' || fund === 'other' ? fund : null, costCents };
  });
  return lines.sort(
    (a, b) =>
      collator.compare(a.structureName, b.structureName) ||
      (a.structureId ?? 0) - (b.structureId ?? 0) ||
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      (a.startDate ?? '').localeCompare(b.startDate ?? '') ||
      a.participantId - b.participantId,
  );
}
