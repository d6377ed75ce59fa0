import { callNames, type Api } from './api';
import { createApiClientFrom, type Transport } from './transport';

export { channelOf, type Transport } from './transport';

/** Builds `window.api` from the contract over any transport (Electron IPC, the test host's HTTP). */
export function createApiClient(transport: Transport): Api {
  return createApiClientFrom(callNames, transport);
}
