import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join, parse, resolve } from 'node:path';
import type { Dialogs, FileFilter } from './context';
import { fail } from './errors';

/** Where the test host writes a set of files when no folder is given (kept apart from the files to import). */
export const hostOutputFolderName = 'Classeurs à envoyer';

/**
 * Dialogs answered on the host side, for the test host and the CLI: the next queued answer
 * (a path, several paths, or null for "cancel"), else a sensible default in the workspace folder:
 * the newest matching file to open, every matching file to import (but not the ones the host
 * itself wrote), a free name to save, a folder of its own for sets of files. When nothing in the
 * workspace matches, the refusal says so (there is no dialog on screen to show it otherwise).
 */
export function createScriptedDialogs(workspace: string, log: (line: string) => void = () => {}) {
  const queue: (string | string[] | null)[] = [];
  /** Files the host saved itself (exports): never offered back as files received. */
  const written = new Set<string>();
  mkdirSync(workspace, { recursive: true });

  const matches = (name: string, filters: FileFilter[]) =>
    filters.some((f) => f.extensions.includes('*') || f.extensions.includes(extname(name).slice(1).toLowerCase()));

  function matchingInWorkspace(filters: FileFilter[]): string[] {
    return readdirSync(workspace)
      .filter((name) => matches(name, filters) && !name.startsWith('.'))
      .map((name) => join(workspace, name))
      .filter((path) => statSync(path).isFile())
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  }

  function nothingToOpen(filters: FileFilter[]): never {
    const kinds = [...new Set(filters.flatMap((f) => f.extensions))].map((e) => `.${e}`).join(', ');
    return fail(
      'NOT_FOUND',
      `Hôte de test : aucun fichier ${kinds} dans le dossier de travail ${workspace}. Copiez-y le fichier à ouvrir, puis recommencez.`,
    );
  }

  function freeName(defaultName: string): string {
    const { name, ext } = parse(defaultName);
    let candidate = join(workspace, defaultName);
    for (let n = 2; existsSync(candidate); n += 1) candidate = join(workspace, `${name} (${n})${ext}`);
    return candidate;
  }

  const next = (): { answer: string | string[] | null } | null => (queue.length > 0 ? { answer: queue.shift() ?? null } : null);
  const one = (answer: string | string[] | null) => (Array.isArray(answer) ? (answer[0] ?? null) : answer);

  const dialogs: Dialogs = {
    async openFile({ title, filters }) {
      const queued = next();
      const answer = queued ? one(queued.answer) : (matchingInWorkspace(filters)[0] ?? nothingToOpen(filters));
      log(`Dialogue «\u00a0${title}\u00a0» → ${answer ?? 'annulé'}`);
      return answer;
    },
    async openFiles({ title, filters }) {
      const queued = next();
      let answer: string[] | null;
      if (queued) answer = queued.answer === null ? null : [queued.answer].flat();
      else {
        const received = matchingInWorkspace(filters).filter((path) => !written.has(resolve(path)));
        answer = received.length > 0 ? received.sort() : nothingToOpen(filters);
      }
      log(`Dialogue «\u00a0${title}\u00a0» → ${answer ? answer.join(', ') : 'annulé'}`);
      return answer && answer.length > 0 ? answer : null;
    },
    async saveFile({ title, defaultName }) {
      const queued = next();
      const answer = queued ? one(queued.answer) : freeName(defaultName.replace(/[\\/:*?"<>|]/g, '_'));
      if (answer) written.add(resolve(answer));
      log(`Dialogue «\u00a0${title}\u00a0» → ${answer ?? 'annulé'}`);
      return answer;
    },
    async chooseFolder({ title }) {
      const queued = next();
      const answer = queued ? one(queued.answer) : join(workspace, hostOutputFolderName);
      if (!queued && answer) mkdirSync(answer, { recursive: true });
      log(`Dialogue «\u00a0${title}\u00a0» → ${answer ?? 'annulé'}`);
      return answer;
    },
  };
  return { dialogs, enqueue: (...answers: (string | string[] | null)[]) => queue.push(...answers), pending: () => queue.length };
}
