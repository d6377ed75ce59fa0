import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join, parse } from 'node:path';
import type { Dialogs, FileFilter } from './context';

/**
 * Dialogs answered on the host side, for the test host and the CLI: the next queued answer
 * (a path, several paths, or null for "cancel"), else a sensible default in a workspace folder.
 */
export function createScriptedDialogs(workspace: string, log: (line: string) => void = () => {}) {
  const queue: (string | string[] | null)[] = [];
  mkdirSync(workspace, { recursive: true });

  const matches = (name: string, filters: FileFilter[]) =>
    filters.some((f) => f.extensions.includes('*') || f.extensions.includes(extname(name).slice(1).toLowerCase()));

  function newestInWorkspace(filters: FileFilter[]): string | null {
    const candidates = readdirSync(workspace)
      .filter((name) => matches(name, filters))
      .map((name) => join(workspace, name))
      .filter((path) => statSync(path).isFile())
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    return candidates[0] ?? null;
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
      const answer = queued ? one(queued.answer) : newestInWorkspace(filters);
      log(`Dialogue « ${title} » → ${answer ?? 'annulé'}`);
      return answer;
    },
    async openFiles({ title, filters }) {
      const queued = next();
      const answer = queued ? (queued.answer === null ? null : [queued.answer].flat()) : [newestInWorkspace(filters)].filter((p) => p !== null);
      log(`Dialogue « ${title} » → ${answer ? answer.join(', ') : 'annulé'}`);
      return answer && answer.length > 0 ? answer : null;
    },
    async saveFile({ title, defaultName }) {
      const queued = next();
      const answer = queued ? one(queued.answer) : freeName(defaultName.replace(/[\\/:*?"<>|]/g, '_'));
      log(`Dialogue « ${title} » → ${answer ?? 'annulé'}`);
      return answer;
    },
    async chooseFolder({ title }) {
      const queued = next();
      const answer = queued ? one(queued.answer) : workspace;
      log(`Dialogue « ${title} » → ${answer ?? 'annulé'}`);
      return answer;
    },
  };
  return { dialogs, enqueue: (...answers: (string | string[] | null)[]) => queue.push(...answers), pending: () => queue.length };
}
