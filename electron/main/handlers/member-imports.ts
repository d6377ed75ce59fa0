import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { commitFinessPlan } from '../imports/finess/commit';
import { readFinessExtract, type FinessExtract } from '../imports/finess/extract';
import { planFinessImport, previewOf } from '../imports/finess/plan';
import { summarizeExtract } from '../imports/finess/summary';
import { createPendingImports } from '../imports/pending-imports';
import { takeBackup } from '../store/backups';

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

const notYet = (): never => fail('INTERNAL', 'Cette fonction arrive bientôt : réessayez après la prochaine mise à jour.');

const finessFilter = [{ name: 'Extraction FINESS (etalab)', extensions: ['csv', 'txt'] }];

// FINESS extract import, members workbook import, register export (issue 2, section 5).
export function memberImportHandlers(ctx: WindowContext): MemberImportHandlers {
  // Parsed files wait here between read and commit: the renderer only ever holds their id.
  const finessReads = createPendingImports<FinessExtract>(2);

  return {
    'finess.read': async () => {
      requireFile(ctx);
      const path = await ctx.dialogs.openFile({ title: 'Choisir l’extraction FINESS', filters: finessFilter });
      if (!path) return cancelled();
      const extract = await readFinessExtract(path);
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
      const counts = commitFinessPlan(file.db, extract, plan, filters, ctx.app.now());
      return counts;
    },
    'membersWorkbook.read': notYet,
    'membersWorkbook.preview': notYet,
    'membersWorkbook.commit': notYet,
    'register.export': notYet,
  };
}
