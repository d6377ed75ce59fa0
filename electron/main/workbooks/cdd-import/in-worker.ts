// The main process's side of reading returned files: the workbook worker reads and checks, the
// pending files (sheets packed, accepted lines rebuilt) stay here until commit.
import { basename } from 'node:path';
import { fail } from '../../errors';
import type { ProgressHandle } from '../../progress';
import { runWorkbook, WorkbookJobFailure, writeInWorkbookWorker, type WorkbookRunOptions } from '../../workers/workbook';
import { refusalReasons, refusalText, rowsReadLabel } from '../xlsx-reader/read-workbook';
import type { NewImport } from '../../store/cdd/imports';
import { packLines, unpackRowsResult } from './packed-lines';
import type { CheckContext } from './read-returned';
import { rulesOf, unreadFile, type PendingFile } from './returned-file';
import type { AcceptedLine } from './validate-rows';

type Options = Pick<WorkbookRunOptions, 'workerScript' | 'timeoutMs'>;

async function readOne(path: string, fileIndex: number, context: CheckContext, options: WorkbookRunOptions): Promise<PendingFile> {
  const pending = { choices: new Map<string, string>(), committedImportId: null, checks: 0 };
  try {
    const read = await runWorkbook({ kind: 'cdd.read', path, fileIndex, context }, options);
    return { ...read, result: read.result ? unpackRowsResult(read.result) : null, ...pending };
  } catch (error) {
    if (!(error instanceof WorkbookJobFailure)) throw error;
    // The worker hung or died on this file: it is refused like a file the reader gives up on, and the others are still read.
    console.error(`[passerelles] lecture de « ${basename(path)} » interrompue`, error);
    const why = error.reason === 'timeout' ? refusalReasons.tooSlow : refusalReasons.unreadable;
    return { ...unreadFile(path, fileIndex), sheets: [], result: null, ...pending, refusal: refusalText(path, why) };
  }
}

/**
 * Reads the returned files one after the other in the workbook worker. The bar moves per file,
 * and its label counts the rows read in the current one (a 100,000-row file takes a second or so).
 * A bad file comes back refused, with why; it never fails the others.
 */
export async function readReturnedFiles(paths: readonly string[], context: CheckContext, progress?: ProgressHandle, options: Options = {}): Promise<PendingFile[]> {
  const files: PendingFile[] = [];
  for (const [index, path] of paths.entries()) {
    const label = `Lecture de « ${basename(path)} »`;
    progress?.update(index, paths.length, label);
    const onRows = (rows: number) => progress?.update(index, paths.length, rowsReadLabel(label, rows));
    files.push(await readOne(path, index, context, { ...options, onRows }));
  }
  progress?.update(paths.length, paths.length);
  return files;
}

/**
 * Checks the file's rows again, in the worker, after the person changed the mapping or resolved
 * job titles. Until the answer comes the file has no result (a commit meanwhile is refused, never
 * made with rows checked under the previous choices); an older check that ends late is dropped.
 */
export async function recheck(file: PendingFile, context: CheckContext, options: Options = {}): Promise<void> {
  const check = (file.checks += 1);
  const input = rulesOf(file);
  file.result = null;
  if (!input) return;
  const job = { kind: 'cdd.check' as const, ...input, context: { occupations: context.occupations, maxHoursPerContractMonth: context.maxHoursPerContractMonth } };
  try {
    const result = unpackRowsResult(await runWorkbook(job, options));
    if (file.checks === check) file.result = result;
  } catch (error) {
    if (!(error instanceof WorkbookJobFailure)) throw error;
    console.error(`[passerelles] vérification de « ${file.fileName} » interrompue`, error);
    fail('INTERNAL', `La vérification des lignes de « ${file.fileName} » n’a pas abouti ; rien n’a été importé. Réessayez ; si l’erreur revient, relisez le fichier.`);
  }
}

/**
 * Saves a checked file in the workbook worker, on a connection of its own, in one transaction:
 * the window stays responsive while a large file is written. A refusal (an occupation merged
 * away meanwhile) comes back as the store says it; a worker that fails leaves nothing written.
 */
export function commitInWorker(path: string, value: Omit<NewImport, 'lines'> & { lines: readonly AcceptedLine[] }, now: Date, options: Options = {}): Promise<{ importId: number; replacedIds: number[] }> {
  return writeInWorkbookWorker({ kind: 'cdd.commit', path, value: { ...value, lines: packLines(value.lines) }, now: now.toISOString() }, value.fileName, options);
}
