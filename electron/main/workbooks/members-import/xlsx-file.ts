import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { fail, isAppError } from '../../errors';

/** Larger than any members list; beyond it exceljs's memory use is the risk. */
export const workbookMaxBytes = 20 * 1024 * 1024;
/** Uncompressed: refuses a "zip bomb" before it fills the memory. */
export const workbookMaxUncompressedBytes = 400 * 1024 * 1024;

export const notAWorkbookMessage =
  'Ce fichier n’est pas un classeur Excel (.xlsx) lisible : ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.';

export function refuseWorkbook(path: string, more = ''): never {
  fail('INVALID_FILE', `« ${basename(path)} » : ${notAWorkbookMessage}${more ? ` ${more}` : ''}`);
}

type ZipEntry = { method: number; compressedSize: number; size: number; localOffset: number };

/** The central directory of a zip (an .xlsx is one): entry name → where its bytes are. */
function zipDirectory(buffer: Buffer): Map<string, ZipEntry> | null {
  const searchFrom = Math.max(0, buffer.length - 22 - 65_535);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < searchFrom || end + 22 > buffer.length) return null;
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      size: buffer.readUInt32LE(offset + 24),
      localOffset: buffer.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return entries;
}

function entryBytes(buffer: Buffer, entry: ZipEntry): Buffer {
  const start = entry.localOffset + 30 + buffer.readUInt16LE(entry.localOffset + 26) + buffer.readUInt16LE(entry.localOffset + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? data : inflateRawSync(data);
}

// exceljs's streaming reader parks a sheet in a temporary file when it comes before the shared
// strings (SheetJS and LibreOffice write them after, or not at all), and then, now and then, misses
// the entries that follow — workbook.xml or another sheet. Measured: 12 runs in 40 on the same file.
// So it is given the same workbook re-packed in the order it expects, uncompressed.
const firstEntries = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const emptySharedStrings = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');

function storedZip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const decodeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');

export type CellRange = { top: number; left: number; bottom: number; right: number };
export type SheetInfo = { name: string; path: string; isHidden: boolean; merges: CellRange[] };

export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// exceljs's streaming reader skips <mergeCell>: they are read here, from the end of each sheet.
function mergesOf(sheetXml: Buffer): CellRange[] {
  const start = sheetXml.indexOf('<mergeCells');
  if (start < 0) return [];
  const tail = sheetXml.toString('utf8', start);
  const merges: CellRange[] = [];
  for (const match of tail.matchAll(/<mergeCell\s[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const [, left = 'A', top = '1', right = 'A', bottom = '1'] = match;
    merges.push({ top: Number(top), left: columnNumber(left), bottom: Number(bottom), right: columnNumber(right) });
  }
  return merges;
}

/**
 * Checks that the file is an .xlsx before exceljs sees it (an .xls, an encrypted workbook, a CSV
 * renamed, an empty file are refused with the same advice), and reads what the streaming reader
 * does not give: sheet names in order, hidden sheets, merged ranges.
 */
export function inspectWorkbookFile(path: string): { sheets: SheetInfo[]; sha256: string; repacked: Buffer } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail('NOT_FOUND', `Le fichier « ${basename(path)} » est introuvable : il a peut-être été déplacé. Choisissez-le à nouveau.`);
  }
  if (size === 0) refuseWorkbook(path, 'Le fichier est vide.');
  if (size > workbookMaxBytes) {
    fail(
      'INVALID_FILE',
      `« ${basename(path)} » pèse ${Math.round(size / 1024 / 1024)} Mo : la limite est de ${workbookMaxBytes / 1024 / 1024} Mo. ` +
        'Copiez la liste des adhérents seule dans un nouveau classeur .xlsx et importez celui-ci.',
    );
  }
  const buffer = readFileSync(path);
  // Compound-file header: an old .xls, or an .xlsx protected by a password.
  if (buffer.length >= 4 && buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    refuseWorkbook(path, 'S’il est protégé par un mot de passe, retirez celui-ci avant de l’enregistrer.');
  }
  if (buffer.length < 30 || buffer.readUInt32LE(0) !== 0x04034b50) refuseWorkbook(path);
  const entries = zipDirectory(buffer);
  const workbookEntry = entries?.get('xl/workbook.xml');
  const relsEntry = entries?.get('xl/_rels/workbook.xml.rels');
  if (!entries || !workbookEntry || !relsEntry) refuseWorkbook(path);
  const uncompressed = [...entries.values()].reduce((sum, entry) => sum + entry.size, 0);
  if (uncompressed > workbookMaxUncompressedBytes) refuseWorkbook(path, 'Il est anormalement volumineux une fois décompressé.');
  try {
    const workbookXml = entryBytes(buffer, workbookEntry).toString('utf8');
    const relsXml = entryBytes(buffer, relsEntry).toString('utf8');
    const targets = new Map<string, string>();
    for (const match of relsXml.matchAll(/<Relationship\s[^>]*>/g)) {
      const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
      const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    const sheets: SheetInfo[] = [];
    for (const match of workbookXml.matchAll(/<sheet\s[^>]*>/g)) {
      const name = decodeXml(/\bname="([^"]*)"/.exec(match[0])?.[1] ?? '');
      const id = /\br:id="([^"]+)"/.exec(match[0])?.[1] ?? '';
      const sheetPath = targets.get(id) ?? '';
      const entry = entries.get(sheetPath);
      if (!entry) continue;
      sheets.push({ name, path: sheetPath, isHidden: /\bstate="(hidden|veryHidden)"/.test(match[0]), merges: mergesOf(entryBytes(buffer, entry)) });
    }
    if (sheets.length === 0) refuseWorkbook(path);
    const names = [...entries.keys()].filter((name) => !name.endsWith('/'));
    const ordered = [...firstEntries.filter((name) => entries.has(name)), ...names.filter((name) => !firstEntries.includes(name))];
    const files = ordered.map((name) => ({ name, data: entryBytes(buffer, entries.get(name) as ZipEntry) }));
    if (!entries.has('xl/sharedStrings.xml')) files.splice(2, 0, { name: 'xl/sharedStrings.xml', data: emptySharedStrings });
    return { sheets, sha256: createHash('sha256').update(buffer).digest('hex'), repacked: storedZip(files) };
  } catch (error) {
    if (isAppError(error)) throw error;
    refuseWorkbook(path);
  }
}
