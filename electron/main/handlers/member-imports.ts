import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { commitFinessPlan } from '../imports/finess/commit';
import { readFinessExtract, type FinessExtract } from '../imports/finess/extract';
import { planFinessImport, previewOf } from '../imports/finess/plan';
import { summarizeExtract } from '../imports/finess/summary';
import { createPendingImports } from '../imports/pending-imports';
import { withProgress } from '../progress';
import { takeBackup } from '../store/backups';
import { exportRegister } from '../workbooks/register-export';
import { rememberWritten } from '../desktop/written-files';
import { summarize } from '../store/association-file';
import { commitWorkbookPlan } from '../workbooks/members-import/commit';
import { describeWorkbook, readSheet, type WorkbookRead } from '../workbooks/members-import/describe';
import { planWorkbookImport, previewOfPlan, type WorkbookPlan } from '../workbooks/members-import/plan';
import { readMembersWorkbook } from '../workbooks/members-import/in-worker';
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
  const workbookReads = createPendingImports<WorkbookRead>(3);
  const thisYear = () => ctx.app.now().getFullYear();
  let lastPlan: { key: string; plan: WorkbookPlan } | null = null;

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
      return previewOf(planFinessImport(db, finessReads.get(importId), filters));
    },
    'finess.commit': async ({ importId, ...filters }) => {
      const file = requireFile(ctx);
      const extract = finessReads.get(importId);
      // Planned again at commit time: the register may have changed since the preview.
      const plan = planFinessImport(file.db, extract, filters);
      if (plan.toAdd.length + plan.toUpdate.length > 0) await takeBackup(file.db, file.path, 'import', ctx.app.now());
      const counts = commitFinessPlan(file.db, extract, plan, filters, ctx.app.now(), ctx.app.userName());
      return counts;
    },
    'membersWorkbook.read': async () => {
      requireFile(ctx);
      warmWorkbookWorker();
      const path = await ctx.dialogs.openFile({ title: 'Choisir le classeur des adhérents', filters: workbookFilter });
      if (!path) return cancelled();
      // Read in the workbook worker; the label counts the rows read so far.
      const label = `Lecture de « ${basename(path)} »`;
      const { grids, sha256 } = await withProgress(ctx, 'membersWorkbook.read', label, (progress) =>
        readMembersWorkbook(path, { onRows: (rows) => progress.update(rows, null, rowsReadLabel(label, rows)) }),
      );
      if (grids.every((grid) => grid.rows.length === 0)) {
        fail('INVALID_FILE', `« ${basename(path)} » ne contient aucune ligne remplie : choisissez le classeur où figure la liste des adhérents.`);
      }
      const read: WorkbookRead = { fileName: basename(path), sha256, sheets: grids.map(readSheet) };
      return describeWorkbook(read, workbookReads.keep(read));
    },
    'membersWorkbook.preview': ({ importId, ...choice }) => {
      const { db } = requireFile(ctx);
      const plan = planWorkbookImport(db, workbookReads.get(importId), choice, thisYear());
      lastPlan = { key: planKey(db, importId, choice), plan };
      return previewOfPlan(plan);
    },
    'membersWorkbook.commit': async ({ importId, ...choice }) => {
      const file = requireFile(ctx);
      const read = workbookReads.get(importId);
      // The preview's plan holds only if nothing was written since, with the same choices; else plan again.
      const key = planKey(file.db, importId, choice);
      const plan = lastPlan?.key === key ? lastPlan.plan : planWorkbookImport(file.db, read, choice, thisYear());
      lastPlan = null;
      if (plan.rows.some((row) => row.status === 'add' || row.status === 'update')) await takeBackup(file.db, file.path, 'import', ctx.app.now());
      return commitWorkbookPlan(file.db, read, plan, ctx.app.now(), ctx.app.userName());
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
