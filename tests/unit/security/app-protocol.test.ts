import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, resolveAppRequest } from '../../../electron/main/desktop/app-protocol';
import { contentSecurityPolicy } from '../../../electron/main/security-policy';

const root = join('/opt', 'Passerelles', 'resources', 'app.asar', 'out', 'renderer');

describe('the app:// protocol', () => {
  it('serves the renderer’s own files with their type', () => {
    expect(resolveAppRequest('app://passerelles/index.html', root)).toEqual({ status: 200, path: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://passerelles/', root)).toMatchObject({ status: 200, path: join(root, 'index.html') });
    expect(resolveAppRequest('app://passerelles/assets/index-Ab12.js?v=1#x', root)).toMatchObject({ status: 200, path: join(root, 'assets', 'index-Ab12.js'), contentType: 'text/javascript; charset=utf-8' });
    expect(resolveAppRequest('app://passerelles/assets/source-sans-3%20latin.woff2', root)).toMatchObject({ status: 200, path: join(root, 'assets', 'source-sans-3 latin.woff2') });
  });

  it('refuses every way out of the app’s folder', () => {
    for (const url of [
      'app://passerelles/../../../../etc/passwd',
      'app://passerelles/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://passerelles/assets/%2E%2E%2F%2E%2E%2Fmain%2Findex.js',
      'app://passerelles/..%2f..%2fpackage.json',
      'app://passerelles/..%5c..%5cpackage.json',
      'app://passerelles/assets/x.js%00.png',
      'app://passerelles/%E0%A4%A',
    ]) {
      const answer = resolveAppRequest(url, root);
      // The URL parser folds plain and %2e dot segments at the root (never above it); the rest is refused.
      if (answer.status === 200) expect(answer.path.startsWith(root + sep), url).toBe(true);
    }
    expect(resolveAppRequest('app://passerelles/assets/%2E%2E%2F%2E%2E%2Fmain%2Findex.js', root).status).toBe(403);
    expect(resolveAppRequest('app://passerelles/..%2f..%2fpackage.json', root).status).toBe(403);
    expect(resolveAppRequest('app://passerelles/..%5c..%5cpackage.json', root).status).toBe(403);
    expect(resolveAppRequest('app://passerelles/assets/x.js%00.png', root).status).toBe(403);
    expect(resolveAppRequest('app://passerelles/%E0%A4%A', root).status).toBe(400);
    expect(resolveAppRequest('app://passerelles/../../../../etc/passwd.txt', root)).toMatchObject({ status: 200, path: join(root, 'etc', 'passwd.txt') });
  });

  it('answers only its own scheme and host, and only known file types', () => {
    expect(resolveAppRequest('app://autre/index.html', root).status).toBe(403);
    expect(resolveAppRequest('file:///opt/Passerelles/resources/app.asar/out/renderer/index.html', root).status).toBe(403);
    expect(resolveAppRequest('https://passerelles/index.html', root).status).toBe(403);
    expect(resolveAppRequest('app://passerelles/secret.sqlite', root).status).toBe(404);
    expect(resolveAppRequest('pas une adresse', root).status).toBe(400);
  });

  it('sends the CSP as a header with every answer', () => {
    expect(appResponseHeaders('text/html; charset=utf-8')).toMatchObject({
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
    });
  });
});
