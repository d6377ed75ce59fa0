import type Database from 'better-sqlite3';
import type { AdRow } from '../../../../shared/api/exchange';
import type { AdStatus, ContractKind } from '../../../../shared/domain/exchange';
import { fail } from '../../errors';
import { locate, type Located } from './location';

/** What the handler has checked: the structure and occupation exist, the place is located. */
export type AdValue = {
  structureId: number;
  occupationId: number | null;
  title: string;
  contract: ContractKind;
  hoursPerWeek: number | null;
  startsOn: string | null;
  endsOn: string | null;
  description: string;
  publishedOn: string;
} & Located;

const selectAds = `
  SELECT a.id, a.structure_id AS structureId, s.name AS structureName, o.key AS occupationKey,
         coalesce(o.label, '') AS occupationLabel, a.title, a.contract, a.hours_per_week AS hoursPerWeek,
         a.starts_on AS startsOn, a.ends_on AS endsOn, a.commune_code AS communeCode, a.commune_name AS communeName,
         a.description, a.status, a.published_on AS publishedOn, a.closed_on AS closedOn
  FROM job_ad a JOIN structure s ON s.id = a.structure_id LEFT JOIN occupation o ON o.id = a.occupation_id`;

/** Open ads first, newest first: what a coordinator works on. */
export const listAds = (db: Database.Database): AdRow[] =>
  db.prepare(`${selectAds} ORDER BY a.status <> 'open', a.published_on DESC, a.id DESC`).all() as AdRow[];

export const getAd = (db: Database.Database, id: number): AdRow | null => (db.prepare(`${selectAds} WHERE a.id = ?`).get(id) as AdRow | undefined) ?? null;

export const requireAd = (db: Database.Database, id: number): AdRow =>
  getAd(db, id) ?? fail('NOT_FOUND', 'Cette offre n’existe plus (elle a peut-être été supprimée) : rechargez la liste.');

/** The place of the job: the commune typed, else the structure's. */
export function placeOfAd(db: Database.Database, structureId: number, communeCode: string): Located {
  if (communeCode.trim()) return locate(communeCode);
  const row = db.prepare('SELECT commune_code AS code FROM structure WHERE id = ?').get(structureId) as { code: string } | undefined;
  return row?.code ? locate(row.code) : locate('');
}

/** Where the ad's job is, for the matching. */
export function adPlace(db: Database.Database, id: number): Located & { occupationId: number | null; structureId: number; startsOn: string | null } {
  const row = db
    .prepare(
      `SELECT commune_code AS communeCode, commune_name AS communeName, epci_code AS epciCode, department_code AS departmentCode,
              occupation_id AS occupationId, structure_id AS structureId, starts_on AS startsOn
       FROM job_ad WHERE id = ?`,
    )
    .get(id) as (Located & { occupationId: number | null; structureId: number; startsOn: string | null }) | undefined;
  return row ?? fail('NOT_FOUND', 'Cette offre n’existe plus (elle a peut-être été supprimée) : rechargez la liste.');
}

export function insertAd(db: Database.Database, value: AdValue, now: Date): number {
  const stamp = now.toISOString();
  const result = db
    .prepare(
      `INSERT INTO job_ad (structure_id, occupation_id, title, contract, hours_per_week, starts_on, ends_on, commune_code, commune_name,
                           epci_code, department_code, description, status, published_on, created_at, updated_at)
       VALUES (@structureId, @occupationId, @title, @contract, @hoursPerWeek, @startsOn, @endsOn, @communeCode, @communeName,
               @epciCode, @departmentCode, @description, 'open', @publishedOn, @stamp, @stamp)`,
    )
    .run({ ...value, stamp });
  return Number(result.lastInsertRowid);
}

export function updateAd(db: Database.Database, id: number, value: AdValue, now: Date): void {
  const result = db
    .prepare(
      `UPDATE job_ad SET structure_id = @structureId, occupation_id = @occupationId, title = @title, contract = @contract,
              hours_per_week = @hoursPerWeek, starts_on = @startsOn, ends_on = @endsOn, commune_code = @communeCode,
              commune_name = @communeName, epci_code = @epciCode, department_code = @departmentCode,
              description = @description, published_on = @publishedOn, updated_at = @stamp
       WHERE id = @id`,
    )
    .run({ ...value, id, stamp: now.toISOString() });
  if (result.changes === 0) requireAd(db, id);
}

export function setAdStatus(db: Database.Database, id: number, status: AdStatus, now: Date): void {
  const today = now.toISOString().slice(0, 10);
  const result = db
    .prepare("UPDATE job_ad SET status = ?, closed_on = CASE WHEN ? = 'open' THEN NULL ELSE coalesce(closed_on, ?) END, updated_at = ? WHERE id = ?")
    .run(status, status, today, now.toISOString(), id);
  if (result.changes === 0) requireAd(db, id);
}

export const deleteAd = (db: Database.Database, id: number): boolean => db.prepare('DELETE FROM job_ad WHERE id = ?').run(id).changes > 0;
