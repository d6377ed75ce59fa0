import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { desktopCalls } from '../../../shared/api/desktop';
import type { WindowContext } from '../context';
import { writtenPathOf } from '../desktop/written-files';
import type { Handlers } from '../dispatch';
import { fail } from '../errors';

type DesktopHandlers = Pick<Handlers, keyof typeof desktopCalls>;

function writtenEntry(ctx: WindowContext, id: string) {
  const entry = writtenPathOf(ctx, id) ?? fail('NOT_FOUND', 'Ce fichier n’est plus dans la liste de cette fenêtre : ouvrez son dossier depuis votre gestionnaire de fichiers.');
  if (!existsSync(entry.path)) fail('NOT_FOUND', `«\u00a0${basename(entry.path)}\u00a0» n’est plus à cet endroit : il a peut-être été déplacé ou supprimé.`);
  return entry;
}

const hostMessage = (what: string, path: string) => `Hôte de test, sans bureau : ${what} ${path}`;

export function desktopHandlers(ctx: WindowContext): DesktopHandlers {
  return {
    'desktop.showWritten': async ({ id }) => {
      const { path, isFolder } = writtenEntry(ctx, id);
      if (ctx.desktop.kind === 'test-host') {
        ctx.desktop.showInFolder(path);
        return { opened: false, message: hostMessage(isFolder ? 'le dossier est' : 'le fichier est dans le dossier', isFolder ? path : dirname(path)) };
      }
      if (isFolder) {
        const opened = await ctx.desktop.openFolder(path);
        return { opened, message: opened ? 'Dossier ouvert.' : `Le dossier n’a pas pu être ouvert : il est ici, ${path}` };
      }
      ctx.desktop.showInFolder(path);
      return { opened: true, message: 'Dossier ouvert, le fichier y est sélectionné.' };
    },
    'desktop.openWritten': async ({ id }) => {
      const { path } = writtenEntry(ctx, id);
      const opened = await ctx.desktop.openFile(path);
      if (ctx.desktop.kind === 'test-host') return { opened: false, message: hostMessage('le fichier est', path) };
      return { opened, message: opened ? `«\u00a0${basename(path)}\u00a0» est ouvert.` : `Aucun programme n’a pu ouvrir «\u00a0${basename(path)}\u00a0» : il est ici, ${path}` };
    },
    'desktop.openLink': async ({ url }) => {
      const refusal = await ctx.desktop.openLink(url);
      if (refusal) fail('VALIDATION', refusal);
      return null;
    },
    'desktop.kind': () => ctx.desktop.kind,
  };
}
