import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WindowContext } from '../context';
import { fail } from '../errors';
import { composeDraft, type MailDraft } from './compose';
import { draftFileName } from './file-name';

export type WrittenDraft = { path: string; fileName: string };
/** What the desktop did with a draft: opened in the mail program, or shown in its folder. */
export type DraftOpening = 'opened' | 'shown';

/**
 * Writes the draft as `<folder>/<name>.eml` (never over an existing file: a draft already edited
 * or a returned message keeps its content) and returns where.
 */
export async function writeDraft(folder: string, baseName: string, draft: MailDraft, now: Date = new Date()): Promise<WrittenDraft> {
  const bytes = await composeDraft(draft, now).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') fail('NOT_FOUND', 'Une pièce jointe du message n’existe plus (fichier déplacé ou supprimé) : préparez à nouveau le fichier, puis l’e-mail.');
    throw error;
  });
  const fileName = draftFileName(baseName, (name) => existsSync(join(folder, name)));
  const path = join(folder, fileName);
  try {
    await writeFile(path, bytes, { flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      fail('VALIDATION', `Impossible d’écrire le brouillon dans « ${folder} » (dossier protégé) : choisissez un autre dossier.`);
    throw error;
  }
  return { path, fileName };
}

/**
 * Hands the draft to the system's default program for .eml files (Outlook, Thunderbird, Mail);
 * when none is set, shows the file in its folder so the person can drag it into their mail program.
 */
export async function openDraft(ctx: WindowContext, path: string): Promise<DraftOpening> {
  if (!existsSync(path)) fail('NOT_FOUND', 'Ce brouillon n’existe plus (déplacé ou supprimé) : préparez à nouveau l’e-mail.');
  const opened = await ctx.desktop.openFile(path).catch(() => false);
  if (opened) return 'opened';
  ctx.desktop.showInFolder(path);
  return 'shown';
}

/** Writes then opens: the one-step « Préparer l’e-mail » of the screens. */
export async function prepareDraft(ctx: WindowContext, folder: string, baseName: string, draft: MailDraft): Promise<WrittenDraft & { opening: DraftOpening }> {
  const written = await writeDraft(folder, baseName, draft, ctx.app.now());
  return { ...written, opening: await openDraft(ctx, written.path) };
}
