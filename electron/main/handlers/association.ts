import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import type { Handlers } from '../dispatch';
import { fail } from '../errors';
import { cancelled, requireFile, type WindowContext } from '../context';
import {
  associationFileExtension,
  closeAssociationFile,
  createAssociationFile,
  openAssociationFile,
  renameAssociation,
  summarize,
  type AssociationFile,
} from '../store/association-file';
import { backupPathOf, listBackups, takeBackup } from '../store/backups';
import { keepReplacedFile } from '../store/replaced-file';
import { safeFileName } from '../desktop/file-names';
import { readFileHeader, passerellesApplicationId } from '../store/file-header';

const associationFilter = [{ name: 'Association Passerelles', extensions: ['passerelles'] }];

type AssociationHandlers = Pick<
  Handlers,
  | 'association.create'
  | 'association.open'
  | 'association.openRecent'
  | 'association.current'
  | 'association.close'
  | 'association.recent'
  | 'association.rename'
  | 'backups.list'
  | 'backups.restore'
>;

const realPath = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

function closeCurrent(ctx: WindowContext): void {
  const file = ctx.session.file;
  if (!file) return;
  closeAssociationFile(file);
  ctx.app.openFiles.delete(realPath(file.path));
  ctx.session.file = null;
}

function becomeCurrent(ctx: WindowContext, file: AssociationFile) {
  closeCurrent(ctx);
  ctx.session.file = file;
  ctx.app.openFiles.add(realPath(file.path));
  const summary = summarize(file);
  ctx.app.recentFiles.remember(file.path, summary.name, ctx.app.now());
  ctx.onAssociationChanged(summary);
  return summary;
}

function refuseIfOpenElsewhere(ctx: WindowContext, path: string): void {
  const isOpenHere = ctx.session.file && realPath(ctx.session.file.path) === realPath(path);
  if (!isOpenHere && ctx.app.openFiles.has(realPath(path))) {
    fail(
      'ALREADY_OPEN',
      `« ${basename(path)} » est déjà ouvert dans une autre fenêtre de Passerelles : passez à cette fenêtre (menu Fenêtre).`,
    );
  }
}

/** Opens a file in this window; the same file again is simply shown. */
export async function openInWindow(ctx: WindowContext, path: string) {
  if (ctx.session.file && realPath(ctx.session.file.path) === realPath(path)) return summarize(ctx.session.file);
  refuseIfOpenElsewhere(ctx, path);
  return becomeCurrent(ctx, await openAssociationFile(path, ctx.app.now()));
}

const withExtension = (path: string) => (path.endsWith(associationFileExtension) ? path : `${path}${associationFileExtension}`);

export function associationHandlers(ctx: WindowContext): AssociationHandlers {
  return {
    'association.create': async (input) => {
      const chosen = await ctx.dialogs.saveFile({
        title: 'Enregistrer la nouvelle association',
        defaultName: `${safeFileName(input.name)}${associationFileExtension}`,
        filters: associationFilter,
      });
      if (!chosen) return cancelled();
      const path = withExtension(chosen);
      refuseIfOpenElsewhere(ctx, path);
      if (ctx.session.file && realPath(ctx.session.file.path) === realPath(path)) closeCurrent(ctx);
      // The dialog asked to confirm the replacement; the replaced file is kept among the backups.
      await keepReplacedFile(path, ctx.app.now());
      return becomeCurrent(ctx, await createAssociationFile(path, input, ctx.app.now()));
    },
    'association.open': async () => {
      const path = await ctx.dialogs.openFile({ title: 'Ouvrir une association', filters: associationFilter });
      if (!path) return cancelled();
      return openInWindow(ctx, path);
    },
    'association.openRecent': async ({ id }) => {
      const path = ctx.app.recentFiles.pathOf(id);
      if (!path) fail('NOT_FOUND', 'Ce fichier récent n’est plus dans la liste : ouvrez-le avec Fichier › Ouvrir.');
      return openInWindow(ctx, path);
    },
    'association.current': () => (ctx.session.file ? summarize(ctx.session.file) : null),
    'association.close': () => {
      closeCurrent(ctx);
      ctx.onAssociationChanged(null);
      return null;
    },
    'association.recent': () => ctx.app.recentFiles.list(),
    'association.rename': (input) => {
      const file = requireFile(ctx);
      renameAssociation(file, input, ctx.app.now());
      const summary = summarize(file);
      ctx.app.recentFiles.remember(file.path, summary.name, ctx.app.now());
      ctx.onAssociationChanged(summary);
      return summary;
    },
    'backups.list': () => listBackups(requireFile(ctx).path),
    'backups.restore': async ({ id }) => {
      const file = requireFile(ctx);
      const backupPath = backupPathOf(file.path, id);
      if (!backupPath) fail('NOT_FOUND', 'Cette sauvegarde n’existe plus : choisissez-en une autre dans la liste.');
      const header = readFileHeader(backupPath);
      if (header.kind !== 'sqlite' || header.applicationId !== passerellesApplicationId) {
        fail('INVALID_FILE', 'Cette sauvegarde est illisible : choisissez-en une autre. Votre fichier n’a pas été modifié.');
      }
      const path = file.path;
      await takeBackup(file.db, path, 'restore', ctx.app.now());
      closeCurrent(ctx);
      const source = new Database(backupPath, { readonly: true, fileMustExist: true });
      try {
        source.pragma('trusted_schema = OFF');
        await source.backup(path);
      } finally {
        source.close();
      }
      return becomeCurrent(ctx, await openAssociationFile(path, ctx.app.now()));
    },
  };
}

/** Used by the shell when the window closes or the app quits. */
export function closeWindowSession(ctx: WindowContext): void {
  closeCurrent(ctx);
}
