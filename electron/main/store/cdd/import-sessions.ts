import { randomUUID } from 'node:crypto';
import type { WindowContext } from '../../context';
import { fail } from '../../errors';
import type { PendingFile } from '../../workbooks/cdd-import/returned-file';

/** Returned files read but not all committed yet, per window: the renderer only holds their ids. */
type Batch = { importId: string; associationPath: string; files: PendingFile[] };

const batchesByWindow = new WeakMap<WindowContext, Map<string, Batch>>();
/** Older batches are dropped: each holds whole workbooks in memory. */
const keptBatches = 3;

export function rememberBatch(ctx: WindowContext, associationPath: string, files: PendingFile[]): Batch {
  let batches = batchesByWindow.get(ctx);
  if (!batches) batchesByWindow.set(ctx, (batches = new Map()));
  const batch = { importId: randomUUID(), associationPath, files };
  batches.set(batch.importId, batch);
  for (const key of [...batches.keys()].slice(0, Math.max(0, batches.size - keptBatches))) batches.delete(key);
  return batch;
}

export function pendingFile(ctx: WindowContext, associationPath: string, importId: string, fileIndex: number): PendingFile {
  const batch = batchesByWindow.get(ctx)?.get(importId);
  if (!batch || batch.associationPath !== associationPath)
    fail('NOT_FOUND', 'Cette lecture de fichiers n’est plus disponible (association fermée ou lecture plus récente) : sélectionnez à nouveau les fichiers retournés.');
  const file = batch.files[fileIndex];
  if (!file) fail('NOT_FOUND', 'Ce fichier ne fait pas partie de la lecture : sélectionnez à nouveau les fichiers retournés.');
  return file;
}
