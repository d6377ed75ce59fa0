import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from './dispatch';
import { openInWindow } from './handlers/association';
import { closeWindowSession } from './handlers/association';
import { createHostWindow } from './host-window';
import { isAppError } from './errors';

const usage = `Utilisation : npm run cli -- FICHIER APPEL [JSON] [--chemin CHEMIN]…
  FICHIER   le fichier .passerelles (créé par l’appel association.create)
  APPEL     une entrée du contrat (shared/api.ts), par exemple association.current
  JSON      l’entrée de l’appel, en JSON (facultatif)
  --chemin  répond aux dialogues de fichier de l’appel, dans l’ordre (import, export…)`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { chemin: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  const [file, call, json] = positionals;
  if (values.help || !file || !call) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const path = resolve(file);
  const host = createHostWindow(process.cwd());
  let input: unknown;
  try {
    input = json === undefined ? undefined : JSON.parse(json);
  } catch {
    console.error('Le JSON donné n’est pas valide.');
    return 2;
  }
  try {
    if (call === 'association.create') host.enqueue(path);
    else await openInWindow(host.context, path);
    for (const answer of values.chemin ?? []) host.enqueue(resolve(answer));
    const result = await dispatch(host.handlers, call, input);
    console.log(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  } catch (error) {
    const failure = isAppError(error) ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: String(error) };
    console.log(JSON.stringify({ ok: false, error: failure }, null, 2));
    return 1;
  } finally {
    closeWindowSession(host.context);
  }
}

process.exitCode = await main();
