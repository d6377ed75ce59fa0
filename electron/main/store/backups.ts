import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Backup } from '../../../shared/api/association';

export const backupReasons = {
  open: 'ouverture',
  migration: 'avant mise à jour du fichier',
  import: 'avant import',
  delete: 'avant suppression',
  restore: 'avant restauration',
  manual: 'à la demande',
  replaced: 'avant remplacement par un nouveau fichier',
} as const;
export type BackupReason = keyof typeof backupReasons;

/** How many copies to keep: the newest ones, plus one per earlier day, within a bound. */
export const backupPolicy = { keepNewest: 10, keepTotal: 30 };

const backupNamePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})_([a-z]+)\.passerelles$/;

/** Backups live beside the file, in a folder the coordinator can see and copy. */
export function backupFolderOf(filePath: string): string {
  const name = basename(filePath, extname(filePath));
  return join(dirname(filePath), 'Sauvegardes Passerelles', name);
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-').replace('Z', '');
}

/** Uses SQLite's backup API: a raw copy of a file in WAL mode can miss committed pages. */
export async function takeBackup(
  db: Database.Database,
  filePath: string,
  reason: BackupReason,
  now = new Date(),
): Promise<Backup> {
  const folder = backupFolderOf(filePath);
  mkdirSync(folder, { recursive: true });
  let stamp = now;
  let target = join(folder, `${stampOf(stamp)}_${reason}.passerelles`);
  while (existsSync(target)) {
    stamp = new Date(stamp.getTime() + 1);
    target = join(folder, `${stampOf(stamp)}_${reason}.passerelles`);
  }
  await db.backup(target);
  rotateBackups(filePath);
  return describe(folder, basename(target)) ?? { id: basename(target), createdAt: now.toISOString(), reason, sizeBytes: 0 };
}

function describe(folder: string, fileName: string): Backup | null {
  const match = backupNamePattern.exec(fileName);
  if (!match) return null;
  const [, day, hh, mm, ss, ms, reason] = match;
  const label = backupReasons[reason as BackupReason] ?? reason ?? '';
  return {
    id: fileName,
    createdAt: `${day}T${hh}:${mm}:${ss}.${ms}Z`,
    reason: label,
    sizeBytes: statSync(join(folder, fileName)).size,
  };
}

/** Newest first. */
export function listBackups(filePath: string): Backup[] {
  const folder = backupFolderOf(filePath);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => backupNamePattern.test(name))
    .sort()
    .reverse()
    .map((name) => describe(folder, name))
    .filter((backup): backup is Backup => backup !== null);
}

/** Which backups to delete: keeps the newest ones, then the latest of each earlier day. */
export function backupsToDelete(namesNewestFirst: string[], policy = backupPolicy): string[] {
  const kept = new Set(namesNewestFirst.slice(0, policy.keepNewest));
  const daysKept = new Set([...kept].map((name) => name.slice(0, 10)));
  for (const name of namesNewestFirst.slice(policy.keepNewest)) {
    const day = name.slice(0, 10);
    if (!daysKept.has(day) && kept.size < policy.keepTotal) {
      daysKept.add(day);
      kept.add(name);
    }
  }
  return namesNewestFirst.filter((name) => !kept.has(name));
}

export function rotateBackups(filePath: string, policy = backupPolicy): void {
  const folder = backupFolderOf(filePath);
  const names = listBackups(filePath).map((backup) => backup.id);
  for (const name of backupsToDelete(names, policy)) rmSync(join(folder, name), { force: true });
}

/** The path of a backup named by its id, only if it is one of this file's backups. */
export function backupPathOf(filePath: string, id: string): string | null {
  if (!backupNamePattern.test(id)) return null;
  const path = join(backupFolderOf(filePath), id);
  return existsSync(path) ? path : null;
}
