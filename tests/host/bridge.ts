/**
 * window.api for the test host: the same createApiClient as the preload, over HTTP.
 * The token comes from the page's URL (printed by the host), then stays in sessionStorage.
 */
import type { AppEvents } from '../../shared/app-events';
import { createApiClient } from '../../shared/client';

const fromUrl = new URLSearchParams(location.search).get('token');
if (fromUrl) sessionStorage.setItem('passerelles-token', fromUrl);
const token = sessionStorage.getItem('passerelles-token') ?? '';

/** Raw bytes (a dropped file's contents) cannot go in JSON as they are: `{ "$bytes": base64 }`, decoded by the server. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
const withBytes = (_key: string, value: unknown) => {
  if (value instanceof ArrayBuffer) return { $bytes: base64Of(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) return { $bytes: base64Of(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  return value;
};

const api = createApiClient(async (call, input) => {
  const response = await fetch(`/api/${call}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passerelles-token': token },
    body: JSON.stringify(input ?? null, withBytes),
  });
  if (response.status === 403) {
    return { ok: false, error: { code: 'INTERNAL', message: 'Jeton de l’hôte de test absent : ouvrez l’adresse affichée par « npm run web ».' } };
  }
  return response.json();
});

// The test host has no native menu: nothing is ever sent.
const appEvents: AppEvents = { onMenuCommand: () => () => {}, onAssociationChanged: () => () => {} };

Object.assign(window, { api, appEvents });
