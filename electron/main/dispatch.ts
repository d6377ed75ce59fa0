import { z } from 'zod';
import { contract, isCallName, type ApiResult, type CallName, type CallOutput, type ParsedInput } from '../../shared/api';
import { isAppError } from './errors';

z.config(z.locales.fr());

export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;
};

const internalMessage =
  "Une erreur inattendue s’est produite ; l’opération a été annulée et vos données n’ont pas été modifiées. " +
  "Réessayez ; si l’erreur revient, notez ce que vous faisiez et signalez-le.";

function describeInvalidInput(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Les informations envoyées sont incomplètes.';
  // Our own messages are full sentences; zod's generic ones get the field's name.
  const where = first.path.length > 0 && !first.message.endsWith('.') ? ` (${first.path.join(' › ')})` : '';
  return `${first.message}${where}`;
}

/**
 * The one door into the handlers, shared by Electron's IPC, the test host and the CLI:
 * checks the call exists, parses its input with the contract, and turns every failure
 * into `{ code, message }` (never a stack trace across the boundary).
 */
export async function dispatch(
  handlers: Handlers,
  call: string,
  rawInput: unknown,
  log: (message: string, error: unknown) => void = console.error,
): Promise<ApiResult<unknown>> {
  if (!isCallName(call)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Action inconnue : ${call}.` } };
  }
  const spec = contract[call];
  const parsed = spec.input.safeParse(rawInput ?? undefined);
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: describeInvalidInput(parsed.error) } };
  }
  try {
    const handler = handlers[call] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (process.env.PASSERELLES_CHECK_OUTPUT === '1') spec.output.parse(value);
    return { ok: true, value };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    log(`[passerelles] ${call} a échoué`, error);
    return { ok: false, error: { code: 'INTERNAL', message: internalMessage } };
  }
}
