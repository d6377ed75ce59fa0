import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appResponseHeaders, resolveAppRequest } from '../desktop/app-protocol';
import { appScheme } from '../security-policy';

/** Before `ready`: app:// behaves like https (origin, fetch, storage), not like file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** After `ready`: serves the renderer folder's files only, with the CSP as a header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererDir);
    if (resolved.status !== 200) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.path);
      return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(resolved.contentType) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
