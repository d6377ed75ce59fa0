import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ReturnPreview, ReturnRow } from '../../../../shared/api/opca';
import { opcas, type Opca } from '../../../../shared/domain/structure';
import type { ImportMapping } from '../../../../shared/domain/trainings/opca-layout';
import { cancelled, requireFile, type WindowContext } from '../../context';
import { fail } from '../../errors';
import { readOpcaProfileMapping, saveImportMapping } from '../../store/trainings/opca-profiles';
import { participantLines, type Scope } from '../../store/trainings/participant-lines';
import { readImportedWorkbook } from '../members-import/in-worker';
import type { SheetGrid } from '../members-import/read-rows';
import { findReturnSheet, headersOf, mapColumns } from './headers';
import { matchRows, missingColumnsOf } from './rows';

/** A fund's returned workbook read but not committed: the page holds its id only. */
type PendingReturn = { associationPath: string; opca: Opca; scope: Scope; fileName: string; grids: SheetGrid[]; preview: ReturnPreview };
const returnsByWindow = new WeakMap<WindowContext, Map<string, PendingReturn>>();

function previewOf(ctx: WindowContext, pending: Omit<PendingReturn, 'preview'>, importId: string, mapping: ImportMapping): ReturnPreview {
  const db = requireFile(ctx).db;
  const found = findReturnSheet(pending.grids, mapping);
  if (!found) fail('INVALID_FILE', `« ${pending.fileName} » ne contient aucune feuille avec des colonnes reconnues (nom, prénom, décision…) : vérifiez le fichier envoyé par ${opcas[pending.opca]}.`);
  const grid = pending.grids[found.sheet]!;
  const headers = headersOf(grid, found.header);
  const columns = mapColumns(headers, mapping);
  const used: ImportMapping = Object.fromEntries([...columns].map(([field, index]) => [field, headers[index] ?? '']));
  const missingColumns = missingColumnsOf(columns);
  const rows = missingColumns.length > 0 ? [] : matchRows(grid, found.header, columns, participantLines(db, pending.scope));
  const counts = { matched: 0, ambiguous: 0, unmatched: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { importId, fileName: pending.fileName, sheetName: grid.name, headers, mapping: used, missingColumns, rows, counts };
}

export async function readReturn(ctx: WindowContext, opca: Opca, scope: Scope): Promise<ReturnPreview> {
  const file = requireFile(ctx);
  const path = await ctx.dialogs.openFile({ title: `Classeur renvoyé par ${opcas[opca]}`, filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }] });
  if (!path) return cancelled();
  const { grids } = await readImportedWorkbook(path);
  const importId = randomUUID();
  const pending = { associationPath: file.path, opca, scope, fileName: basename(path), grids };
  const preview = previewOf(ctx, pending, importId, readOpcaProfileMapping(file.db, opca));
  let returns = returnsByWindow.get(ctx);
  if (!returns) returnsByWindow.set(ctx, (returns = new Map()));
  // One pending return per window is enough: each holds a whole workbook.
  returns.clear();
  returns.set(importId, { ...pending, preview });
  return preview;
}

function pendingOf(ctx: WindowContext, importId: string): PendingReturn {
  const pending = returnsByWindow.get(ctx)?.get(importId);
  if (!pending || pending.associationPath !== requireFile(ctx).path) fail('NOT_FOUND', 'Cette lecture n’est plus disponible : choisissez à nouveau le classeur renvoyé par l’OPCA.');
  return pending;
}

/** The person says which column holds what: saved for this fund, then the rows are matched again. */
export function remapReturn(ctx: WindowContext, importId: string, mapping: ImportMapping): ReturnPreview {
  const pending = pendingOf(ctx, importId);
  const clean = Object.fromEntries(Object.entries(mapping).filter(([, header]) => header && pending.preview.headers.includes(header))) as ImportMapping;
  pending.preview = previewOf(ctx, pending, importId, clean);
  saveImportMapping(requireFile(ctx).db, pending.opca, pending.preview.mapping, ctx.app.now());
  return pending.preview;
}

/**
 * Writes the fund's decisions: matched rows, plus the rows the person resolved (a participant
 * chosen, or null to ignore). One transaction: all of it or nothing.
 */
export function commitReturn(ctx: WindowContext, importId: string, resolutions: readonly { rowNumber: number; participantId: number | null }[]) {
  const pending = pendingOf(ctx, importId);
  const { preview } = pending;
  if (preview.missingColumns.length > 0) fail('VALIDATION', 'Des colonnes indispensables manquent : indiquez-les avant d’enregistrer. Rien n’a été modifié.');
  const file = requireFile(ctx);
  const inScope = new Set(participantLines(file.db, pending.scope).map((line) => line.participantId));
  const chosen = new Map(resolutions.map((r) => [r.rowNumber, r.participantId]));
  const writes: { row: ReturnRow; participantId: number }[] = [];
  const used = new Set<number>();
  for (const row of preview.rows) {
    const participantId = row.status === 'matched' ? row.participantId : chosen.has(row.rowNumber) ? chosen.get(row.rowNumber)! : null;
    if (participantId === null || row.status === 'invalid' || row.status === 'duplicate') continue;
    if (!inScope.has(participantId)) fail('VALIDATION', `Ligne ${row.rowNumber} : le participant choisi ne fait pas partie de cette sélection. Rien n’a été modifié.`);
    if (used.has(participantId)) fail('CONFLICT', `Ligne ${row.rowNumber} : ce participant a déjà reçu la décision d’une autre ligne. Ignorez l’une des deux. Rien n’a été modifié.`);
    used.add(participantId);
    writes.push({ row, participantId });
  }
  const unresolved = preview.rows.filter((row) => (row.status === 'ambiguous' || row.status === 'unmatched') && !chosen.has(row.rowNumber));
  if (unresolved.length > 0) fail('VALIDATION', `Ligne ${unresolved[0]!.rowNumber} : choisissez le participant ou ignorez la ligne avant d’enregistrer. Rien n’a été modifié.`);
  const stamp = ctx.app.now().toISOString();
  const update = file.db.prepare(
    `UPDATE training_participant SET funding_status = coalesce(@decision, funding_status), funded_cents = coalesce(@fundedCents, funded_cents),
       funding_note = CASE WHEN @note = '' THEN funding_note ELSE @note END, updated_at = @stamp WHERE id = @id`,
  );
  file.db.transaction(() => {
    for (const { row, participantId } of writes) update.run({ id: participantId, decision: row.decision, fundedCents: row.fundedCents, note: row.note, stamp });
    file.db
      .prepare("INSERT INTO audit_event (at, actor, action, subject, count, detail) VALUES (?, ?, 'import', 'training-participant', ?, ?)")
      .run(stamp, ctx.app.userName(), writes.length, `Retour ${opcas[pending.opca]}`);
  })();
  saveImportMapping(file.db, pending.opca, preview.mapping, ctx.app.now());
  returnsByWindow.get(ctx)?.delete(importId);
  return { updated: writes.length, skipped: preview.rows.length - writes.length };
}
