import type Database from 'better-sqlite3';
import type { KeyFigure, NewsletterData } from '../../../../shared/api/newsletters';
import { structureTypes } from '../../../../shared/domain/structure';
import { formatMonth } from '../../../../shared/format/dates';
import { formatDecimal, formatFte } from '../../../../shared/format/numbers';
import { compareFrenchNames } from '../../../../shared/format/order';
import { plural } from '../../../../shared/format/plural';
import { readCddSettings } from '../cdd/settings';

const hasTable = (db: Database.Database, name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The membership year the letter speaks of: this year, or the latest year that has members. */
function memberYear(db: Database.Database, now: Date): number {
  const thisYear = now.getFullYear();
  const row = db.prepare('SELECT max(year) AS year FROM membership WHERE is_member = 1 AND year <= ?').get(thisYear) as { year: number | null };
  return row.year ?? thisYear;
}

/** What the data gives only asynchronously (the pooling analysis runs in a worker), computed by the handler. */
export type LiveInputs = { pooledPositions?: number | null };

/**
 * The key figures of the « Repères » box, computed from the file as it is now: structures and
 * FINESS establishments of the register, jobs, members, CDD volumes (contracts, hours and FTE over
 * the months collected), and trainings once that feature has any.
 */
export function liveFigures(db: Database.Database, now: Date, live: LiveInputs = {}): { figures: KeyFigure[]; note: string } {
  const figures: KeyFigure[] = [];
  const register = db
    .prepare("SELECT count(*) AS structures, count(nullif(finess_et, '')) AS establishments, coalesce(sum(headcount), 0) AS jobs FROM structure")
    .get() as { structures: number; establishments: number; jobs: number };
  const year = memberYear(db, now);
  const members = (db.prepare('SELECT count(*) AS n FROM membership WHERE is_member = 1 AND year = ?').get(year) as { n: number }).n;
  if (register.establishments > 0) figures.push({ key: 'establishments', value: register.establishments, unit: plural(register.establishments, 'établissement', 'établissements'), label: 'selon le fichier FINESS' });
  figures.push({ key: 'structures', value: register.structures, unit: plural(register.structures, 'structure', 'structures'), label: plural(register.structures, 'employeur du registre', 'employeurs du registre') });
  if (register.jobs > 0) figures.push({ key: 'jobs', value: register.jobs, unit: plural(register.jobs, 'emploi', 'emplois'), label: 'salariés des structures' });
  figures.push({ key: 'members', value: members, unit: plural(members, 'adhérent', 'adhérents'), label: `en ${year}` });

  const cdd = db
    .prepare('SELECT count(DISTINCT structure_id) AS structures, coalesce(sum(contracts), 0) AS contracts, coalesce(sum(hours), 0) AS hours, min(month) AS first, max(month) AS last, count(DISTINCT month) AS months FROM cdd_entry')
    .get() as { structures: number; contracts: number; hours: number; first: string | null; last: string | null; months: number };
  let note = '';
  if (cdd.hours > 0 && cdd.first && cdd.last) {
    const fteHours = readCddSettings(db).fteHoursPerYear;
    const fte = cdd.hours / fteHours / Math.max(1, cdd.months / 12);
    figures.push({ key: 'cddContracts', value: cdd.contracts, unit: 'CDD', label: `déclarés par ${cdd.structures} ${plural(cdd.structures, 'structure', 'structures')}` });
    figures.push({ key: 'cddHours', value: Math.round(cdd.hours), unit: plural(Math.round(cdd.hours), 'heure de CDD', 'heures de CDD'), label: `soit ${formatFte(fte)} ETP par an` });
    const pooled = live.pooledPositions;
    if (pooled !== undefined && pooled !== null)
      figures.push({ key: 'pooledPositions', value: pooled, unit: plural(pooled, 'poste mutualisable', 'postes mutualisables'), label: 'proposés par l’analyse des CDD' });
    note = `CDD de ${formatMonth(cdd.first)} à ${formatMonth(cdd.last)}, 1 ETP = ${formatDecimal(fteHours)} heures par an.`;
  }
  if (hasTable(db, 'training')) {
    const trainings = (db.prepare('SELECT count(*) AS n FROM training').get() as { n: number }).n;
    if (trainings > 0) figures.push({ key: 'trainings', value: trainings, unit: plural(trainings, 'formation', 'formations'), label: plural(trainings, 'commune organisée', 'communes organisées') });
  }
  return { figures, note };
}

/** The member structures of the year, by name. */
export function liveMembers(db: Database.Database, now: Date): NewsletterData['members'] {
  const year = memberYear(db, now);
  const rows = db
    .prepare(
      `SELECT s.name, s.type, s.commune_name AS commune FROM structure s
        WHERE EXISTS (SELECT 1 FROM membership m WHERE m.structure_id = s.id AND m.year = ? AND m.is_member = 1)`,
    )
    .all(year) as { name: string; type: string | null; commune: string }[];
  rows.sort((a, b) => compareFrenchNames(a.name, b.name));
  return rows.map((row) => ({ name: row.name, commune: row.commune, type: row.type ? (structureTypes[row.type as keyof typeof structureTypes] ?? '') : '' }));
}
