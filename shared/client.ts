import { callNames, type Api, type CallName } from './api';
import type { ApiResult } from './api/errors';

export type Transport = (call: CallName, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds `window.api` from the contract over any transport (Electron IPC, the test host's HTTP). */
export function createApiClient(transport: Transport): Api {
  const entries = callNames.map((name) => [name, (input: unknown) => transport(name, input)] as const);
  return Object.fromEntries(entries) as unknown as Api;
}

/** IPC channel of a call: one per contract entry, never a free-form string. */
export const channelOf = (call: CallName) => `api:${call}`;
