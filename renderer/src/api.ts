import type { Api, ApiError, CallInput, CallName, CallOutput } from '../../shared/api';
import type { AppEvents } from '../../shared/app-events';

declare global {
  interface Window {
    api: Api;
    appEvents: AppEvents;
  }
}

/** A refused call, carrying the French message to show. */
export class ApiFailure extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

/** Calls the contract and throws the error envelope, for TanStack Query and event handlers. */
export async function call<K extends CallName>(name: K, ...input: CallInput<K> extends void ? [] : [CallInput<K>]): Promise<CallOutput<K>> {
  const invoke = window.api[name] as (input: unknown) => Promise<{ ok: true; value: CallOutput<K> } | { ok: false; error: ApiError }>;
  const result = await invoke(input[0]);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

export const isCancelled = (error: unknown) => error instanceof ApiFailure && error.code === 'CANCELLED';

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'Une erreur inattendue s’est produite. Réessayez.';
