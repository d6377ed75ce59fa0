import type Database from 'better-sqlite3';
import type { TrainingPlan } from '../../../../shared/api/trainings';
import { opcas, type Opca } from '../../../../shared/domain/structure';
import { participantLines } from './participant-lines';
import { listTrainings } from './trainings';

type Totals = { participants: number; hours: number; costCents: number };
const empty = (): Totals => ({ participants: 0, hours: 0, costCents: 0 });
const add = (totals: Totals, hours: number, costCents: number) => {
  totals.participants += 1;
  totals.hours += hours;
  totals.costCents += costCents;
};

/** The year's shared training plan: its totals, by structure and by fund, and what blocks an export. */
export function trainingPlan(db: Database.Database, year: number): TrainingPlan {
  const trainings = listTrainings(db, year);
  const lines = participantLines(db, { kind: 'plan', year });
  const total = empty();
  const byStructure = new Map<string, { structureId: number | null; structureName: string; opca: Opca | null } & Totals>();
  const byFund = new Map<string, { opca: Opca | null; label: string } & Totals>();
  for (const line of lines) {
    add(total, line.hours, line.costCents);
    const structureKey = String(line.structureId);
    const structure = byStructure.get(structureKey) ?? { structureId: line.structureId, structureName: line.structureName || 'Sans employeur', opca: line.opca, ...empty() };
    add(structure, line.hours, line.costCents);
    byStructure.set(structureKey, structure);
    const fundKey = line.opca ?? 'none';
    const fund = byFund.get(fundKey) ?? { opca: line.opca, label: line.opca ? opcas[line.opca] : 'Sans OPCA', ...empty() };
    add(fund, line.hours, line.costCents);
    byFund.set(fundKey, fund);
  }
  const withoutOpca = [...byStructure.values()]
    .filter((s) => s.structureId !== null && s.opca === null)
    .map((s) => ({ structureId: s.structureId!, structureName: s.structureName }));
  return {
    year,
    trainings: trainings.length,
    ...total,
    byStructure: [...byStructure.values()],
    byFund: [...byFund.values()].sort((a, b) => (a.opca === null ? 1 : b.opca === null ? -1 : a.label.localeCompare(b.label, 'fr'))),
    withoutOpca,
    withoutStructure: lines.filter((l) => l.structureId === null).length,
    freePlaces: trainings.filter((t) => (t.freePlaces ?? 0) > 0).map((t) => ({ trainingId: t.id, title: t.title, freePlaces: t.freePlaces!, firstDate: t.firstDate })),
  };
}
