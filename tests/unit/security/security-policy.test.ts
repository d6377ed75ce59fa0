import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  appIndexUrl,
  contentSecurityPolicy,
  decideLink,
  decideNavigation,
  decideWindowOpen,
  gestureWindowMs,
  isAllowedExternalUrl,
  isPermissionGranted,
  isTrustedFrame,
  isTrustedSender,
  isUserGesture,
  rendererUrlOf,
  secureWebPreferences,
} from '../../../electron/main/security-policy';

describe('the window security policy', () => {
  it('locks the renderer down, and a drop never becomes a navigation', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
    });
  });

  it('opens only https links to allow-listed hosts, and mailto links with an address', () => {
    expect(isAllowedExternalUrl('https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/')).toBe(true);
    expect(isAllowedExternalUrl('mailto:contact@mce-m3s.fr')).toBe(true);
    expect(isAllowedExternalUrl('mailto:contact@mce-m3s.fr?subject=Relance')).toBe(true);
    for (const url of [
      'http://www.data.gouv.fr/',
      'https://example.org/',
      'https://www.data.gouv.fr.evil.example/',
      'https://user:pass@www.data.gouv.fr/',
      'https://www.data.gouv.fr:8443/',
      'file:///etc/passwd',
      'file://server/share/x.passerelles',
      'javascript:alert(1)',
      'smb://server/share',
      'app://passerelles/index.html',
      'mailto:',
      'mailto:pas-une-adresse',
      'not a url',
      'HTTPS//missing-colon',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('opens a link only right after a click or key press the main process saw', () => {
    const url = 'https://www.data.gouv.fr/fr/datasets/finess/';
    expect(decideLink(url, { lastGestureAt: 1_000, now: 1_500 })).toEqual({ action: 'open', url });
    expect(decideLink(url, { lastGestureAt: null, now: 1_500 }).action).toBe('refuse');
    expect(decideLink(url, { lastGestureAt: 1_000, now: 1_000 + gestureWindowMs + 1 }).action).toBe('refuse');
    expect(decideLink(url, { lastGestureAt: 2_000, now: 1_000 }).action).toBe('refuse');
    const refused = decideLink('https://example.org/', { lastGestureAt: 1_000, now: 1_100 });
    expect(refused).toEqual({ action: 'refuse', reason: 'Ce lien ne fait pas partie de ceux que Passerelles peut ouvrir.' });
    expect(isUserGesture('mouseDown')).toBe(true);
    expect(isUserGesture('keyDown')).toBe(true);
    expect(isUserGesture('mouseMove')).toBe(false);
    expect(isUserGesture('mouseWheel')).toBe(false);
  });

  it('never navigates the page anywhere, not even to a .passerelles file (a scripted navigation opens nothing)', () => {
    for (const url of [
      'https://www.data.gouv.fr/',
      'file:///home/marie/Documents/MCE%20M3S.passerelles',
      'file://fileserver/partage/MCE.passerelles',
      'file:///C:/Users/marie/MCE.passerelles',
      'http://127.0.0.1:5173/other',
      'app://autre/index.html',
      'javascript:alert(1)',
    ]) {
      expect(decideNavigation(url), url).toBe('deny');
    }
    expect(decideNavigation(appIndexUrl)).toBe('allow');
    expect(decideWindowOpen('https://www.data.gouv.fr/')).toBe('deny');
    expect(decideWindowOpen('file:///x.passerelles')).toBe('deny');
  });

  it('grants only the clipboard write the « Copier » buttons need', () => {
    expect(isPermissionGranted('clipboard-sanitized-write')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid', 'usb']) {
      expect(isPermissionGranted(permission), permission).toBe(false);
    }
  });

  it('answers IPC only from the app page, in the main frame', () => {
    expect(isTrustedSender('app://passerelles/index.html', appIndexUrl)).toBe(true);
    expect(isTrustedSender('app://passerelles/assets/x.js', appIndexUrl)).toBe(true);
    expect(isTrustedSender('app://autre/index.html', appIndexUrl)).toBe(false);
    expect(isTrustedSender('file:///opt/passerelles/out/renderer/index.html', appIndexUrl)).toBe(false);
    expect(isTrustedSender('file:///x/index.html', 'file:///x/index.html')).toBe(false);
    expect(isTrustedSender('https://example.org', appIndexUrl)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isTrustedFrame({ url: 'app://passerelles/index.html', hasParent: false }, appIndexUrl)).toBe(true);
    // Our own origin in an iframe (the page could frame itself) is still not the window's page.
    expect(isTrustedFrame({ url: 'app://passerelles/index.html', hasParent: true }, appIndexUrl)).toBe(false);
    expect(isTrustedFrame(null, appIndexUrl)).toBe(false);
  });

  it('loads the dev server only when unpackaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererUrlOf({ isPackaged: false, env })).toBe('http://localhost:5173');
    expect(rendererUrlOf({ isPackaged: true, env })).toBe(appIndexUrl);
    expect(rendererUrlOf({ isPackaged: false, env: {} })).toBe(appIndexUrl);
    expect(rendererUrlOf({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'https://evil.example/' } })).toBe(appIndexUrl);
    expect(rendererUrlOf({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'file:///tmp/x.html' } })).toBe(appIndexUrl);
  });

  it('the page ships the same CSP, which allows no inline script', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
  });
});
