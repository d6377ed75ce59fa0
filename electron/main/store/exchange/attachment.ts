import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { attachmentKinds, attachmentMaxBytes } from '../../../../shared/domain/exchange';
import { formatDecimal } from '../../../../shared/format/numbers';
import { fail } from '../../errors';

export type Attachment = { fileName: string; mediaType: string; content: Buffer; sha256: string };

export const describeMediaType = (mediaType: string) => attachmentKinds[mediaType]?.label ?? mediaType;

const megabytes = (bytes: number) => `${formatDecimal(Math.round((bytes / (1024 * 1024)) * 10) / 10)}\u00a0Mo`;
const accepted = 'un PDF, un document Word (DOCX) ou OpenDocument (ODT), ou une image (JPEG, PNG)';

// What file-type calls a program or a script container: named as such in the refusal, since a
// renamed executable is what the check is for.
const programs = new Set(['exe', 'elf', 'mach', 'msi', 'dmg', 'deb', 'rpm', 'apk', 'class', 'wasm', 'dex', 'lnk', 'cab', 'swf', 'jar', 'xpi', 'crx']);

/**
 * Reads a file offered as a CV and checks it by its content, not its name (issue 13 §2): at most
 * 10 MB (checked before anything is read), and one of the allowed types. Refusals say what the
 * file really is and what to send instead; nothing is stored when it is refused.
 */
export async function readAttachment(path: string): Promise<Attachment> {
  const name = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) fail('INVALID_FILE', `« ${name} » n’est pas un fichier : choisissez le CV lui-même.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') fail('NOT_FOUND', `Le fichier « ${name} » est introuvable : il a peut-être été déplacé.`);
    throw error;
  }
  if (size === 0) fail('INVALID_FILE', `« ${name} » est vide : choisissez le fichier du CV.`);
  if (size > attachmentMaxBytes) {
    fail('VALIDATION', `« ${name} » pèse ${megabytes(size)} : un CV joint pèse au plus ${megabytes(attachmentMaxBytes)}. Enregistrez-le en PDF plus léger (ou réduisez les images), puis recommencez.`);
  }
  const content = readFileSync(path);
  const type = await fileTypeFromBuffer(content);
  if (type && programs.has(type.ext)) {
    fail('INVALID_FILE', `« ${name} » est en réalité un programme (${type.ext.toUpperCase()}), pas un CV : il n’a pas été joint. Demandez ${accepted}.`);
  }
  if (!type) fail('INVALID_FILE', `Le contenu de « ${name} » n’est pas reconnu : il n’a pas été joint. Un CV doit être ${accepted}.`);
  if (!attachmentKinds[type.mime]) {
    fail('INVALID_FILE', `« ${name} » est un fichier ${type.ext.toUpperCase()} : il n’a pas été joint. Un CV doit être ${accepted}.`);
  }
  return { fileName: name, mediaType: type.mime, content, sha256: createHash('sha256').update(content).digest('hex') };
}
