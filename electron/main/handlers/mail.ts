import { basename } from 'node:path';
import type { mailCalls } from '../../../shared/api/mail';
import type { Handlers } from '../dispatch';
import { requireFile, type WindowContext } from '../context';
import { writeCollectionDrafts } from '../mail/collection-drafts';
import { draftPath } from '../mail/draft-sessions';
import { openDraft } from '../mail/drafts';

type MailHandlers = Pick<Handlers, keyof typeof mailCalls>;

export function mailHandlers(ctx: WindowContext): MailHandlers {
  return {
    'mail.collectionDrafts': async ({ structureIds }) => {
      const file = requireFile(ctx);
      const association = file.db.prepare('SELECT name FROM association WHERE id = 1').get() as { name: string };
      return writeCollectionDrafts(ctx, file.path, association.name, structureIds);
    },
    'mail.openDraft': async ({ draftId }) => {
      const path = draftPath(ctx, draftId);
      return { opening: await openDraft(ctx, path), fileName: basename(path) };
    },
    'mail.showDraft': ({ draftId }) => {
      const path = draftPath(ctx, draftId);
      ctx.desktop.showInFolder(path);
      return { fileName: basename(path) };
    },
  };
}
