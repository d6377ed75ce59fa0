import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { competencyCalls } from '../../../shared/api/competencies';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { listLevels } from '../store/competencies/catalogue';
import { applyGridChanges } from '../store/competencies/grid-import';
import { ensureCompetencies } from '../store/competencies/seed';
import { readGridsWorkbook, writeGridsWorkbook } from '../workbooks/competency-grids';

type WorkbookCalls = 'grids.exportWorkbook' | 'grids.readWorkbook' | 'grids.commitWorkbook';
type WorkbookHandlers = Pick<Handlers, WorkbookCalls & keyof typeof competencyCalls>;

const filters = [{ name: 'Classeur Excel', extensions: ['xlsx'] }];
/** The workbook read and checked, per window, until it is committed (the page never sends a path). */
const pending = new WeakMap<WindowContext, { importId: string; path: string; filePath: string }>();

export function competencyWorkbookHandlers(ctx: WindowContext): WorkbookHandlers {
  const openFile = () => {
    const file = requireFile(ctx);
    ensureCompetencies(file.db, ctx.app.now());
    return file;
  };
  const structureNameOf = (structureId: number | null) => {
    if (structureId === null) return null;
    const row = openFile().db.prepare('SELECT name FROM structure WHERE id = ?').get(structureId) as { name: string } | undefined;
    return row?.name ?? fail('NOT_FOUND', 'Cette structure n’existe plus : rechargez la liste.');
  };
  const check = async (path: string) => {
    const file = openFile();
    const levels = listLevels(file.db);
    return { file, preview: await readGridsWorkbook(path, file.db, levels.length) };
  };
  return {
    'grids.exportWorkbook': async ({ structureId }) => {
      const file = openFile();
      const structureName = structureNameOf(structureId);
      const association = file.db.prepare('SELECT name FROM association WHERE id = 1').get() as { name: string };
      const path = await ctx.dialogs.saveFile({ title: 'Exporter les grilles de compétences', defaultName: `grilles-${(structureName ?? 'reference').replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.xlsx`, filters });
      if (!path) return cancelled();
      const sheets = await writeGridsWorkbook(path, file.db, { associationName: association.name, structureId, structureName, levels: listLevels(file.db), now: ctx.app.now() });
      return { fileName: basename(path), sheets };
    },
    'grids.readWorkbook': async () => {
      const path = await ctx.dialogs.openFile({ title: 'Importer des grilles remplies', filters });
      if (!path) return cancelled();
      const { file, preview } = await check(path);
      const labels = new Map((file.db.prepare('SELECT id, label FROM competency').all() as { id: number; label: string }[]).map((c) => [c.id, c.label]));
      const importId = randomUUID();
      pending.set(ctx, { importId, path, filePath: file.path });
      return {
        importId,
        fileName: basename(path),
        structureName: preview.structureId === null ? null : structureNameOf(preview.structureId),
        sheets: preview.sheets,
        changes: preview.changes.map((c) => ({ occupationLabel: c.occupationLabel, label: labels.get(c.competencyId) ?? '', level: c.level })),
        refusals: preview.refusals,
      };
    },
    'grids.commitWorkbook': async ({ importId }) => {
      const read = pending.get(ctx);
      if (!read || read.importId !== importId || read.filePath !== openFile().path) fail('NOT_FOUND', 'Ce classeur n’est plus en attente : importez-le de nouveau.');
      // Read again: the file may have changed since the preview; the commit applies what it holds now, checked.
      const { file, preview } = await check(read.path);
      if (preview.refusals.length > 0) fail('VALIDATION', `Le classeur a des cases refusées (${preview.refusals.length}) : corrigez-les puis importez-le de nouveau. Rien n’a été modifié.`);
      const changed = applyGridChanges(file.db, preview.structureId, preview.changes, ctx.app.now());
      pending.delete(ctx);
      return { changed };
    },
  };
}
