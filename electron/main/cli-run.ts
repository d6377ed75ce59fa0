import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from './dispatch';
import { closeWindowSession, openInWindow } from './handlers/association';
import { createHostWindow } from './host-window';
import { isAppError } from './errors';

export const cliUsage = `Utilisation : npm run cli -- FICHIER APPEL [JSON] [--chemin CHEMIN]…
  FICHIER   le fichier .passerelles (créé par l’appel association.create)
  APPEL     une entrée du contrat (shared/api.ts), par exemple association.current
  JSON      l’entrée de l’appel, en JSON (facultatif)
  --chemin  répond aux dialogues de fichier de l’appel, dans l’ordre (import, export…)`;

/** Calls one contract entry on one file; what a script or a support person needs, without the UI. */
export async function runCli(args: string[], cwd = process.cwd()): Promise<{ exitCode: number; output: string }> {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { chemin: { type: 'string'; multiple: true }; help: { type: 'boolean'; short: 'h' } } }>>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { chemin: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return { exitCode: 2, output: `${(error as Error).message}\n${cliUsage}` };
  }
  const { positionals, values } = parsed;
  const [file, call, json] = positionals;
  if (values.help || !file || !call) return { exitCode: values.help ? 0 : 2, output: cliUsage };
  let input: unknown;
  try {
    input = json === undefined ? undefined : JSON.parse(json);
  } catch {
    return { exitCode: 2, output: 'Le JSON donné n’est pas valide (pensez aux guillemets doubles autour des noms).' };
  }
  const path = resolve(cwd, file);
  const host = createHostWindow(cwd);
  const print = (value: unknown, ok: boolean) => ({ exitCode: ok ? 0 : 1, output: JSON.stringify(value, null, 2) });
  try {
    if (call === 'association.create') host.enqueue(path);
    else await openInWindow(host.context, path);
    for (const answer of values.chemin ?? []) host.enqueue(resolve(cwd, answer));
    const result = await dispatch(host.handlers, call, input);
    return print(result, result.ok);
  } catch (error) {
    const failure = isAppError(error) ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: String(error) };
    return print({ ok: false, error: failure }, false);
  } finally {
    closeWindowSession(host.context);
  }
}
