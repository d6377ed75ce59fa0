import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { newsletterCalls } from '../../../shared/api/newsletters';
import type { Handlers } from '../dispatch';
import { fail } from '../errors';
import { cancelled, requireFile, type WindowContext } from '../context';
import { listGlossary, removeGlossaryEntry, saveGlossaryEntry } from '../store/newsletters/glossary';
import { contactChoices } from '../store/newsletters/contacts';
import { addImage } from '../store/newsletters/images';
import { createLetter, deleteLetter, getLetter, listLetters, publishLetter, saveLetter } from '../store/newsletters/letters';
import { prepareLetterEmail } from '../print/newsletter/mailing';
import { pooledPositionCount } from '../print/report/pooling-data';
import { addUnsubscribe, listUnsubscribes, removeUnsubscribe } from '../store/newsletters/unsubscribes';

type NewsletterHandlers = Pick<Handlers, keyof typeof newsletterCalls>;

const imageFilter = [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif'] }];

export function newsletterHandlers(ctx: WindowContext): NewsletterHandlers {
  const db = () => requireFile(ctx).db;
  const now = () => ctx.app.now();
  /** The figures the pooling analysis gives (it runs in a worker), for a draft's « Repères » or its publication. */
  const live = async () => ({ pooledPositions: await pooledPositionCount(requireFile(ctx), now()) });
  return {
    'newsletters.list': () => listLetters(db()),
    'newsletters.get': async ({ id }) => getLetter(db(), id, now(), await live()),
    'newsletters.create': async ({ fromPrevious }) => createLetter(db(), fromPrevious, now(), await live()),
    'newsletters.save': async ({ id, ...changes }) => saveLetter(db(), id, changes, now(), await live()),
    'newsletters.publish': async ({ id }) => publishLetter(db(), id, now(), await live()),
    'newsletters.delete': ({ id }) => {
      deleteLetter(db(), id, now());
      return null;
    },
    'newsletters.addImage': async ({ id }) => {
      const letter = getLetter(db(), id, now());
      if (letter.status === 'published') fail('CONFLICT', `La lettre n°${letter.number} est publiée : elle ne change plus.`);
      const path = await ctx.dialogs.openFile({ title: 'Ajouter une image à la lettre', filters: imageFilter });
      if (!path) return cancelled();
      if (statSync(path).size > 5 * 1024 * 1024) fail('VALIDATION', `« ${basename(path)} » pèse plus de 5 Mo : réduisez l’image (une largeur de 1 600 pixels suffit à l’impression).`);
      return addImage(db(), id, basename(path), readFileSync(path), now().toISOString());
    },
    'glossary.list': () => listGlossary(db()),
    'glossary.save': ({ acronym, definition }) => {
      saveGlossaryEntry(db(), acronym, definition, now().toISOString());
      return listGlossary(db());
    },
    'glossary.remove': ({ acronym, restore }) => {
      removeGlossaryEntry(db(), acronym, restore, now().toISOString());
      return listGlossary(db());
    },
    'newsletters.prepareEmail': ({ id }) => prepareLetterEmail(ctx, id),
    'newsletters.contactChoices': () => contactChoices(db()),
    'newsletters.unsubscribes': () => listUnsubscribes(db()),
    'newsletters.addUnsubscribe': (input) => addUnsubscribe(db(), input),
    'newsletters.removeUnsubscribe': ({ id }) => {
      removeUnsubscribe(db(), id);
      return null;
    },
  };
}
