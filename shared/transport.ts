import type { Api, CallName } from './api';
import type { ApiResult } from './api/errors';

/**
 * The client half of the contract without the contract itself: only the call names and a
 * transport. The preload uses this with the names written into it at build time, so it does not
 * carry the schemas and zod (the main process parses every input anyway).
 */
export type Transport = (call: CallName, input: unknown) => Promise<ApiResult<unknown>>;

export function createApiClientFrom(names: readonly string[], transport: Transport): Api {
  const entries = names.map((name) => [name, (input: unknown) => transport(name as CallName, input)] as const);
  return Object.fromEntries(entries) as unknown as Api;
}

/** IPC channel of a call: one per contract entry, never a free-form string. */
export const channelOf = (call: CallName) => `api:${call}`;
