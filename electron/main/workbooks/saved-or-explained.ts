import { basename } from 'node:path';
import { fail } from '../errors';

/**
 * Writes a workbook the person asked for, turning the system's refusals into what to do: a file
 * still open in Excel (locked), a protected folder, a full disk. Anything else is rethrown.
 */
export async function savedOrExplained(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const name = basename(path);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS') {
      fail('READ_ONLY', `« ${name} » n’a pas pu être enregistré : il est peut-être ouvert dans Excel, ou le dossier est protégé. Fermez-le ou choisissez un autre dossier, puis recommencez.`);
    }
    if (code === 'ENOSPC') fail('READ_ONLY', `« ${name} » n’a pas pu être enregistré : le disque est plein. Libérez de la place ou choisissez un autre disque, puis recommencez.`);
    if (code === 'ENOENT') fail('NOT_FOUND', `« ${name} » n’a pas pu être enregistré : le dossier choisi n’existe plus. Choisissez-en un autre, puis recommencez.`);
    throw error;
  }
}
