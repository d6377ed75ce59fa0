import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { formatInteger } from '../../../../shared/format/numbers';
import { fail } from '../../errors';
import { spreadMerges, parseWorksheet } from './worksheet';
import { relationshipsOf, sharedStringsOf, workbookSheetsOf } from './xml';
import { listZipEntries, readZipEntry, ZipFormatError, type ZipEntry } from './zip';

/** A cell as the import needs it: formulas replaced by their cached result, rich text joined, dates as serials. */
export type CellValue = string | number | boolean | null;
/** values[0] is column A; merged cells carry their range's value. */
export type GridRow = { number: number; values: CellValue[] };
export type SheetGrid = { name: string; isHidden: boolean; rows: GridRow[] };

export const importLimits = {
  /** Larger files are refused before reading: a CDD return is a few thousand lines, 100,000 at most. */
  maxBytes: 60 * 1024 * 1024,
  /** Uncompressed size of one part: guards against zip bombs. */
  maxPartBytes: 400 * 1024 * 1024,
  maxRows: 300_000,
  timeoutMs: 120_000,
};

/** Why a workbook is refused, after its name; also said when the worker reading it hangs or fails. */
export const refusalReasons = {
  tooSlow: 'met trop de temps à être lu : enregistrez-le à nouveau au format .xlsx, ou découpez-le.',
  unreadable: 'n’a pas pu être lu (classeur endommagé, ou protégé par un mot de passe) : ouvrez-le dans votre tableur et enregistrez-le à nouveau au format .xlsx.',
};
export const refusalText = (path: string, why: string) => `« ${basename(path)} » ${why} Le fichier n’a pas été importé.`;
const refuse = (path: string, why: string): never => fail('INVALID_FILE', refusalText(path, why));

/** Refuses what is not an .xlsx workbook, with what to do, before reading it. */
export function checkWorkbookFile(path: string): number {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return refuse(path, 'est introuvable : il a peut-être été déplacé.');
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.xls') refuse(path, 'est au format Excel 97-2003 (.xls) : ouvrez-le et enregistrez-le au format « Classeur Excel (.xlsx) ».');
  if (extension === '.ods') refuse(path, 'est au format OpenDocument (.ods) : enregistrez-le au format « Classeur Excel (.xlsx) ».');
  if (extension === '.csv') refuse(path, 'est un fichier CSV : ouvrez-le dans un tableur et enregistrez-le au format .xlsx.');
  if (size > importLimits.maxBytes) refuse(path, `est trop volumineux (${Math.round(size / 1024 / 1024)} Mo, limite ${importLimits.maxBytes / 1024 / 1024} Mo) : découpez-le par année.`);
  if (size < 4) refuse(path, 'est vide : enregistrez à nouveau le classeur au format .xlsx.');
  const signature = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, signature, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  // An .xlsx is a zip archive ("PK\3\4"); an old .xls renamed .xlsx is an OLE file.
  if (signature.readUInt32LE(0) !== 0x04034b50) refuse(path, 'n’est pas un classeur .xlsx lisible : ouvrez-le dans votre tableur et enregistrez-le au format « Classeur Excel (.xlsx) ».');
  return size;
}

/** The progress label while a workbook is read: its rows are the only measure known before the end. */
export const rowsReadLabel = (label: string, rows: number) => `${label} : ${formatInteger(rows)} lignes lues`;

class RowLimitError extends Error {}

/**
 * Reads every sheet of an .xlsx: the zip's central directory, then each part inflated on the
 * thread pool and parsed in slices that yield to the event loop. (exceljs's streaming reader
 * loses sheet names and sheets of files written by SheetJS, whose zip puts workbook.xml last,
 * and ignores merged cells; this reader has neither problem.)
 */
export async function readWorkbookGrid(path: string, onProgress?: (rows: number) => void): Promise<SheetGrid[]> {
  const started = Date.now();
  let total = 0;
  const pause = async (rowsInSheet: number) => {
    if (total + rowsInSheet > importLimits.maxRows) throw new RowLimitError();
    if (Date.now() - started > importLimits.timeoutMs) throw new RowLimitError('timeout');
    onProgress?.(total + rowsInSheet);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  try {
    const buffer = readFileSync(path);
    const entries = listZipEntries(buffer);
    const text = async (entry: ZipEntry | undefined) => (entry ? (await readZipEntry(buffer, entry, importLimits.maxPartBytes)).toString('utf8') : '');
    const workbookPath = entries.has('xl/workbook.xml') ? 'xl/workbook.xml' : [...entries.keys()].find((name) => /(^|\/)workbook\.xml$/.test(name));
    if (!workbookPath) throw new ZipFormatError('no workbook');
    const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : '';
    const relsPath = `${folder ? `${folder}/` : ''}_rels/${basename(workbookPath)}.rels`;
    const { sheets } = workbookSheetsOf(await text(entries.get(workbookPath)));
    const targets = relationshipsOf(await text(entries.get(relsPath)), folder);
    const sharedStringsPath = [...targets.values()].find((target) => /sharedStrings\d*\.xml$/i.test(target)) ?? `${folder}/sharedStrings.xml`;
    const sharedStrings = sharedStringsOf(await text(entries.get(sharedStringsPath)));
    const grids: SheetGrid[] = [];
    for (const sheet of sheets) {
      const part = targets.get(sheet.relId);
      const entry = part ? entries.get(part) : undefined;
      if (!entry) continue; // a chart sheet or a missing part: nothing to import there
      const { rows, merges } = await parseWorksheet(await text(entry), sharedStrings, pause);
      spreadMerges(rows, merges);
      total += rows.length;
      grids.push({ name: sheet.name, isHidden: sheet.isHidden, rows });
    }
    return grids;
  } catch (error) {
    if (error instanceof RowLimitError && error.message === 'timeout') refuse(path, refusalReasons.tooSlow);
    if (error instanceof RowLimitError) refuse(path, `compte plus de ${importLimits.maxRows.toLocaleString('fr-FR')} lignes : découpez-le par année.`);
    if (process.env.PASSERELLES_DEBUG_IMPORT) console.error(error);
    return refuse(path, refusalReasons.unreadable);
  }
}
