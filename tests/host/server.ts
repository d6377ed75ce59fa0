/**
 * The test host: the same handlers as the Electron app, behind an HTTP bridge on 127.0.0.1
 * (random port, random token), serving the built renderer with a `window.api` made by the same
 * client function as the preload. Playwright drives it; `npm run web` lets a person use it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from '../../electron/main/dispatch';
import { closeWindowSession } from '../../electron/main/handlers/association';
import { createHostWindow } from '../../electron/main/host-window';
import { isOwnHost } from './host-check';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    workspace: { type: 'string', default: 'web-workspace' },
    quiet: { type: 'boolean', default: false },
  },
});

const outDir = resolve(import.meta.dirname, '..');
const rendererDir = join(outDir, 'renderer');
const bridgeFile = join(outDir, 'host', 'bridge.js');
const workspace = resolve(values.workspace);
const token = randomBytes(24).toString('hex');
// Dropped workbooks travel in the body (200 Mo at most, a third more as base64).
const maxBody = 300 * 1024 * 1024;

if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('Le renderer n’est pas construit : lancez « npm run build:host » (ou «\u00a0npm run web\u00a0»).');
  process.exit(1);
}

const log = (line: string) => {
  if (!values.quiet) console.log(line);
};
const host = createHostWindow(workspace, log);

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function hasToken(request: IncomingMessage): boolean {
  const given = Buffer.from(String(request.headers['x-passerelles-token'] ?? ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The bridge's `{ "$bytes": base64 }` back to bytes, as Electron's IPC would deliver them. */
function bytesFromJson(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const bytes = (value as { $bytes?: unknown }).$bytes;
    if (typeof bytes === 'string' && Object.keys(value).length === 1) return new Uint8Array(Buffer.from(bytes, 'base64'));
  }
  return value;
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolveBody(text ? JSON.parse(text, bytesFromJson) : undefined);
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

const send = (response: ServerResponse, status: number, type: string, body: string | Buffer) => {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(body);
};
const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

function serveIndex(response: ServerResponse): void {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  // The bridge must define window.api before the app's module script runs.
  const withBridge = html.replace('<script', '<script src="/__host/bridge.js"></script>\n    <script');
  send(response, 200, 'text/html; charset=utf-8', withBridge);
}

function serveStatic(pathname: string, response: ServerResponse): void {
  const target = normalize(join(rendererDir, decodeURIComponent(pathname)));
  if (!target.startsWith(rendererDir + sep) || !existsSync(target) || !statSync(target).isFile()) {
    send(response, 404, 'text/plain; charset=utf-8', 'Introuvable');
    return;
  }
  send(response, 200, mimeTypes[extname(target)] ?? 'application/octet-stream', readFileSync(target));
}

let listeningPort = 0;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (!isOwnHost(request.headers.host, listeningPort)) {
    send(response, 421, 'text/plain; charset=utf-8', 'Adresse refusée : ouvrez l’adresse 127.0.0.1 affichée par «\u00a0npm run web\u00a0».');
    return;
  }
  void (async () => {
    if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) return serveIndex(response);
    if (request.method === 'GET' && url.pathname === '/__host/bridge.js') {
      return send(response, 200, 'text/javascript; charset=utf-8', readFileSync(bridgeFile));
    }
    if (request.method === 'GET') return serveStatic(url.pathname, response);
    if (request.method !== 'POST' || !hasToken(request)) return sendJson(response, 403, { error: 'refusé' });
    const body = await readBody(request);
    if (url.pathname.startsWith('/api/')) {
      return sendJson(response, 200, await dispatch(host.handlers, url.pathname.slice('/api/'.length), body));
    }
    if (url.pathname === '/__host/dialogs') {
      const answers = (body as { answers?: (string | string[] | null)[] } | undefined)?.answers ?? [];
      host.enqueue(...answers);
      return sendJson(response, 200, { queued: answers.length });
    }
    return sendJson(response, 404, { error: 'inconnu' });
  })().catch(() => sendJson(response, 400, { ok: false, error: { code: 'VALIDATION', message: 'Requête illisible.' } }));
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  listeningPort = port;
  const pageUrl = `http://127.0.0.1:${port}/?token=${token}`;
  console.log(`PASSERELLES_HOST_URL=${pageUrl}`);
  log(`Passerelles (hôte de test) : ouvrez ${pageUrl} dans Chromium.`);
  log(`Dossier de travail (fichiers ouverts et enregistrés) : ${workspace}`);
});

const stop = () => {
  closeWindowSession(host.context);
  server.close();
  // The print browser is a child process: it goes with the host.
  void host.printer.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
