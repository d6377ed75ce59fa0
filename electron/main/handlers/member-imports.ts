import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { finessCommitOf } from '../imports/finess/commit';
import { readFinessExtract, type FinessExtract } from '../imports/finess/extract';
import { commitFinessInWorker } from '../imports/finess/in-worker';
import { planFinessImport, previewOf, type FinessPlan } from '../imports/finess/plan';
import { summarizeExtract } from '../imports/finess/summary';
import { createPendingImports } from '../imports/pending-imports';
import { withProgress } from '../progress';
import { takeBackup } from '../store/backups';
import { exportRegister } from '../workbooks/register-export';
import { rememberWritten } from '../desktop/written-files';
import { summarize } from '../store/association-file';
import { describeWorkbook, readSheet, type WorkbookRead } from '../workbooks/members-import/describe';
import { rowsToPlan, type WorkbookChoice } from '../workbooks/members-import/plan';
import { commitMembersInWorker, planMembersInWorker, readImportedWorkbook } from '../workbooks/members-import/in-worker';
import { packedSheetsFor, type MembersPlanRequest } from '../workbooks/members-import/worker-plan';
import type { PackedSheet } from '../workbooks/xlsx-reader/packed-grid';
import { rowsReadLabel } from '../workbooks/xlsx-reader/read-workbook';
import { warmWorkbookWorker } from '../workers/workbook';

/**
 * Identifies a plan: the file read, the person's choices, and the state of the register. SQLite's
 * data_version moves when another connection commits, total_changes() when this one writes.
 */
function planKey(db: Database.Database, importId: string, choice: unknown): string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const { changes } = db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
  return JSON.stringify([importId, choice, dataVersion, changes, db.name]);
}


type MemberImportHandlers = Pick<
  Handlers,
  | 'finess.read'
  | 'finess.preview'
  | 'finess.commit'
  | 'membersWorkbook.read'
  | 'membersWorkbook.preview'
  | 'membersWorkbook.commit'
  | 'register.export'
>;

const finessFilter = [{ name: 'Extraction FINESS (etalab)', extensions: ['csv', 'txt'] }];
const workbookFilter = [{ name: 'Classeur Excel', extensions: ['xlsx', 'xlsm'] }];

// FINESS extract import, members workbook import, register export (issue 2, section 5).
export function memberImportHandlers(ctx: WindowContext): MemberImportHandlers {
  // Parsed files wait here between read and commit: the renderer only ever holds their id.
  const finessReads = createPendingImports<FinessExtract>(2);
  const workbookReads = createPendingImports<{ read: WorkbookRead; packed: PackedSheet[] }>(3);
  const thisYear = () => ctx.app.now().getFullYear();
  /** The plan the worker keeps for the last preview, and how many rows it writes. */
  let lastPlan: { key: string; planId: string; writes: number } | null = null;
  let lastFinessPlan: { key: string; plan: FinessPlan } | null = null;
  /** Writes in the workbook worker; the task's bar counts the rows written (« — 4 000 sur 10 000 », added by the bar). */
  const writing = <T>(task: string, fileName: string, total: number, write: (onRows: (rows: number) => void) => Promise<T>) => {
    const label = `Enregistrement de « ${fileName} »`;
    return withProgress(ctx, task, label, (progress) => write((rows) => progress.update(rows)), total);
  };

  const planRequest = (importId: string, choice: WorkbookChoice): MembersPlanRequest => {
    const { read, packed } = workbookReads.get(importId);
    return { planId: randomUUID(), fileName: read.fileName, sha256: read.sha256, sheets: packedSheetsFor(read, packed, choice.sheet), choice, thisYear: thisYear() };
  };
  /**
   * Plans in the workbook worker, the bar counting the rows checked (it adds « 4 000 sur 10 000 »
   * to its label); the plan is kept only if nothing was written meanwhile (another window, this
   * one's own edits).
   */
  const planInWorker = (path: string, db: Database.Database, importId: string, choice: WorkbookChoice) => {
    const { read } = workbookReads.get(importId);
    const label = `Vérification de « ${read.fileName} »`;
    return withProgress(
      ctx,
      'membersWorkbook.preview',
      label,
      async (progress) => {
        const request = planRequest(importId, choice);
        const key = planKey(db, importId, choice);
        lastPlan = null;
        const preview = await planMembersInWorker(path, request, { onRows: (rows) => progress.update(rows) });
        const plan = { key, planId: request.planId, writes: preview.counts.add + preview.counts.update };
        if (planKey(db, importId, choice) === key) lastPlan = plan;
        return { preview, plan, request };
      },
      rowsToPlan(read, choice.sheet),
    );
  };

  return {
    'finess.read': async () => {
      requireFile(ctx);
      const path = await ctx.dialogs.openFile({ title: 'Choisir l’extraction FINESS', filters: finessFilter });
      if (!path) return cancelled();
      const extract = await withProgress(ctx, 'finess.read', `Lecture de « ${basename(path)} »`, () => readFinessExtract(path));
      const importId = finessReads.keep(extract);
      return { importId, fileName: extract.fileName, ...summarizeExtract(extract) };
    },
    'finess.preview': ({ importId, ...filters }) => {
      const { db } = requireFile(ctx);
      warmWorkbookWorker();
      const plan = planFinessImport(db, finessReads.get(importId), filters);
      lastFinessPlan = { key: planKey(db, importId, filters), plan };
      return previewOf(plan);
    },
    'finess.commit': async ({ importId, ...filters }) => {
      const file = requireFile(ctx);
      const extract = finessReads.get(importId);
      // The preview's plan holds only if nothing was written since, with the same filters; else plan again.
      const key = planKey(file.db, importId, filters);
      const plan = lastFinessPlan?.key === key ? lastFinessPlan.plan : planFinessImport(file.db, extract, filters);
      lastFinessPlan = null;
      const commit = finessCommitOf(extract, plan, filters);
      const total = commit.toAdd.length + commit.toUpdate.length;
      if (total > 0) await takeBackup(file.db, file.path, 'import', ctx.app.now());
      return writing('finess.commit', extract.fileName, total, (onRows) => commitFinessInWorker(file.path, commit, ctx.app.now(), ctx.app.userName(), { onRows }));
    },
    'membersWorkbook.read': async () => {
      requireFile(ctx);
      warmWorkbookWorker();
      const path = await ctx.dialogs.openFile({ title: 'Choisir le classeur des adhérents', filters: workbookFilter });
      if (!path) return cancelled();
      // Read in the workbook worker; the label counts the rows read so far.
      const label = `Lecture de « ${basename(path)} »`;
      const { grids, packed, sha256 } = await withProgress(ctx, 'membersWorkbook.read', label, (progress) =>
        readImportedWorkbook(path, { onRows: (rows) => progress.update(rows, null, rowsReadLabel(label, rows)) }),
      );
      if (grids.every((grid) => grid.rows.length === 0)) {
        fail('INVALID_FILE', `« ${basename(path)} » ne contient aucune ligne remplie : choisissez le classeur où figure la liste des adhérents.`);
      }
      const read: WorkbookRead = { fileName: basename(path), sha256, sheets: grids.map(readSheet) };
      return describeWorkbook(read, workbookReads.keep({ read, packed }));
    },
    'membersWorkbook.preview': async ({ importId, ...choice }) => {
      const file = requireFile(ctx);
      return (await planInWorker(file.path, file.db, importId, choice)).preview;
    },
    'membersWorkbook.commit': async ({ importId, ...choice }) => {
      const file = requireFile(ctx);
      // The preview's plan holds only if nothing was written since, with the same choices; else plan again.
      const key = planKey(file.db, importId, choice);
      const kept = lastPlan?.key === key ? { plan: lastPlan, request: { ...planRequest(importId, choice), planId: lastPlan.planId } } : await planInWorker(file.path, file.db, importId, choice);
      lastPlan = null;
      const { plan, request } = kept;
      // The undo point first: the worker's transaction comes after it, or not at all.
      if (plan.writes > 0) await takeBackup(file.db, file.path, 'import', ctx.app.now());
      return writing('membersWorkbook.commit', request.fileName, plan.writes, (onRows) => commitMembersInWorker(file.path, request, ctx.app.now(), ctx.app.userName(), { onRows }));
    },
    'register.export': async ({ ids }) => {
      const file = requireFile(ctx);
      const day = ctx.app.now().toISOString().slice(0, 10);
      const path = await ctx.dialogs.saveFile({
        title: 'Exporter le registre',
        defaultName: `Registre ${summarize(file).name} ${day}.xlsx`,
        filters: workbookFilter.map((filter) => ({ ...filter, extensions: ['xlsx'] })),
      });
      if (!path) return cancelled();
      const target = path.toLowerCase().endsWith('.xlsx') ? path : `${path}.xlsx`;
      const rowCount = await exportRegister(file.db, target, ids, thisYear());
      return { fileName: basename(target), rowCount, written: rememberWritten(ctx, target) };
    },
  };
}
