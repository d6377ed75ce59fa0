import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fail } from '../../errors';
import { listZipEntries } from '../xlsx-reader/zip';

/** Larger than any members list, fund workbook or grids workbook. */
export const workbookMaxBytes = 20 * 1024 * 1024;

export const notAWorkbookMessage =
  'Ce fichier n’est pas un classeur Excel (.xlsx) lisible : ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.';

export function refuseWorkbook(path: string, more = ''): never {
  fail('INVALID_FILE', `« ${basename(path)} » : ${notAWorkbookMessage}${more ? ` ${more}` : ''}`);
}

const oleSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Refuses, before any parsing, what is not an .xlsx: an empty file, an old .xls or a workbook
 * protected by a password (both compound files), a CSV or any other file renamed .xlsx, a zip
 * without a workbook in it. Returns the file's SHA-256 for the import log.
 */
export function checkWorkbookFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail('NOT_FOUND', `Le fichier « ${basename(path)} » est introuvable : il a peut-être été déplacé. Choisissez-le à nouveau.`);
  }
  if (size === 0) refuseWorkbook(path, 'Le fichier est vide.');
  if (size > workbookMaxBytes) {
    fail(
      'INVALID_FILE',
      `« ${basename(path)} » pèse ${Math.round(size / 1024 / 1024)} Mo : la limite est de ${workbookMaxBytes / 1024 / 1024} Mo. ` +
        'Copiez la feuille à importer seule dans un nouveau classeur .xlsx et importez celui-ci.',
    );
  }
  const buffer = readFileSync(path);
  if (buffer.length >= 4 && buffer.subarray(0, 4).equals(oleSignature)) {
    refuseWorkbook(path, 'S’il est protégé par un mot de passe, retirez celui-ci avant de l’enregistrer.');
  }
  if (buffer.length < 30 || buffer.readUInt32LE(0) !== 0x04034b50) refuseWorkbook(path);
  let hasWorkbook = false;
  try {
    hasWorkbook = [...listZipEntries(buffer).keys()].some((name) => /(^|\/)workbook\.xml$/.test(name));
  } catch {
    refuseWorkbook(path);
  }
  if (!hasWorkbook) refuseWorkbook(path);
  return createHash('sha256').update(buffer).digest('hex');
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
