/**
 * window.api for the test host: the same createApiClient as the preload, over HTTP.
 * The token comes from the page's URL (printed by the host), then stays in sessionStorage.
 */
import type { AppEvents } from '../../shared/app-events';
import { createApiClient } from '../../shared/client';

const fromUrl = new URLSearchParams(location.search).get('token');
if (fromUrl) sessionStorage.setItem('passerelles-token', fromUrl);
const token = sessionStorage.getItem('passerelles-token') ?? '';

const api = createApiClient(async (call, input) => {
  const response = await fetch(`/api/${call}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passerelles-token': token },
    body: JSON.stringify(input ?? null),
  });
  if (response.status === 403) {
    return { ok: false, error: { code: 'INTERNAL', message: 'Jeton de l’hôte de test absent : ouvrez l’adresse affichée par « npm run web ».' } };
  }
  return response.json();
});

// The test host has no native menu: nothing is ever sent.
const appEvents: AppEvents = { onMenuCommand: () => () => {}, onAssociationChanged: () => () => {} };

Object.assign(window, { api, appEvents });
