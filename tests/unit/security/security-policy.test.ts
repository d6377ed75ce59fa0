import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  decideNavigation,
  decideWindowOpen,
  isAllowedExternalUrl,
  isPermissionGranted,
  isTrustedSender,
  secureWebPreferences,
} from '../../../electron/main/security-policy';

describe('the window security policy', () => {
  it('locks the renderer down', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('opens only https and mailto links outside', () => {
    expect(isAllowedExternalUrl('https://www.data.gouv.fr/fr/datasets/finess/')).toBe(true);
    expect(isAllowedExternalUrl('mailto:contact@mce-m3s.fr')).toBe(true);
    for (const url of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:pass@example.org',
      'mailto:',
      'not a url',
      'HTTPS//missing-colon',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('never navigates the page; a dropped .passerelles file is opened by the main process', () => {
    expect(decideNavigation('https://example.org')).toEqual({ action: 'open-externally', url: 'https://example.org' });
    expect(decideNavigation('file:///home/marie/Documents/MCE%20M3S.passerelles')).toEqual({
      action: 'open-association',
      path: '/home/marie/Documents/MCE M3S.passerelles',
    });
    expect(decideNavigation('file:///home/marie/rapport.pdf')).toEqual({ action: 'deny' });
    expect(decideNavigation('http://127.0.0.1:5173/other')).toEqual({ action: 'deny' });
    expect(decideWindowOpen('file:///x.passerelles')).toEqual({ action: 'deny' });
    expect(decideWindowOpen('javascript:void(0)')).toEqual({ action: 'deny' });
  });

  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });

  it('answers IPC only from the app page', () => {
    const app = 'file:///opt/passerelles/resources/app/out/renderer/index.html';
    expect(isTrustedSender(app, app)).toBe(true);
    expect(isTrustedSender('file:///tmp/evil.html', app)).toBe(false);
    expect(isTrustedSender('https://example.org', app)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });

  it('the page ships the same CSP, which allows no inline script', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
  });
});
