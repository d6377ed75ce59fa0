import { randomUUID } from 'node:crypto';
import type { WindowContext } from '../context';
import { fail } from '../errors';

/**
 * Drafts written for this window: the page only holds their ids, never their paths, and asks
 * to open or show one by id (paths never come from the page).
 */
const draftsByWindow = new WeakMap<WindowContext, Map<string, string>>();
const keptDrafts = 2000;

export function rememberDraft(ctx: WindowContext, path: string): string {
  let drafts = draftsByWindow.get(ctx);
  if (!drafts) draftsByWindow.set(ctx, (drafts = new Map()));
  const id = randomUUID();
  drafts.set(id, path);
  for (const key of [...drafts.keys()].slice(0, Math.max(0, drafts.size - keptDrafts))) drafts.delete(key);
  return id;
}

export function draftPath(ctx: WindowContext, draftId: string): string {
  const path = draftsByWindow.get(ctx)?.get(draftId);
  if (!path) fail('NOT_FOUND', 'Ce brouillon n’est plus disponible dans cette fenêtre : préparez à nouveau l’e-mail.');
  return path;
}
