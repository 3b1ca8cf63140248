import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { METHODS } from '../../shared/ipc/channels.ts';
import { createHandlers, type AppHost } from '../../electron/services/api/handlers.ts';
import { dispatch, isMethod } from '../../electron/services/api/dispatch.ts';
import type { ProjectServices } from '../../electron/services/project/projectServices.ts';
import { templatesIn } from '../../electron/services/project/templateLibrary.ts';

/**
 * The test transport: the built renderer and the same typed API the preload exposes, over loopback HTTP,
 * backed by the real services. Only how calls travel differs from the desktop app.
 */
// A 200 MB file travels as base64 in JSON: about 270 MB.
const MAX_BODY_BYTES = 300 * 1024 * 1024;
const BRIDGE_SCRIPT = '/__bridge/workbench.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// Classic script: it runs before the app's module script, as the preload does.
// Bytes (an imported file) cross JSON as {"$bytes": base64}, as they cross Electron IPC as a Uint8Array.
const bridgeScript = `(() => {
  const toBase64 = (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const replacer = (_key, value) => (value instanceof Uint8Array ? { $bytes: toBase64(value) } : value);
  window.workbench = Object.fromEntries(${JSON.stringify(METHODS)}.map((method) => [method, async (input) => {
    const response = await fetch('/api/' + method, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input === undefined ? {} : input, replacer) });
    return response.json();
  }]));
})();`;

function reviveBytes(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '$bytes' && typeof entries[0]![1] === 'string') {
      return new Uint8Array(Buffer.from(entries[0]![1], 'base64'));
    }
  }
  return value;
}

/** Exports arrive in the browser as a download, as a saved file does in the app. */
export const downloadHost: AppHost = {
  templates: templatesIn('resources'),
  deliverFile: async ({ fileName, bytes }) => ({
    status: 'download',
    fileName,
    base64: Buffer.from(bytes).toString('base64'),
  }),
  // A new project made from a file goes in a fresh temp folder (the app asks with a save dialog); the caller removes it.
  chooseNewProjectPath: async (suggestedName) =>
    join(mkdtempSync(join(tmpdir(), 'workbench-bridge-')), `${suggestedName}.cwproj`),
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too-large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export type Bridge = { url: string; close: () => Promise<void> };

/** `port`: reuse a port (a restarted app keeps its origin, and so its stored preferences, as the desktop app does). */
export async function startBridge(options: {
  project: ProjectServices;
  rendererDir: string;
  host?: AppHost;
  port?: number;
}): Promise<Bridge> {
  const handlers = createHandlers(options.project, options.host ?? downloadHost);
  const root = resolve(options.rendererDir);
  const indexHtml = (await readFile(join(root, 'index.html'), 'utf8')).replace(
    '<script type="module"',
    `<script src="${BRIDGE_SCRIPT}"></script>\n    <script type="module"`,
  );

  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (req.method === 'POST' && path.startsWith('/api/')) {
        const method = path.slice('/api/'.length);
        if (!isMethod(method))
          return send(
            res,
            404,
            'application/json',
            JSON.stringify({ ok: false, error: { code: 'not-found', message: `No such request: ${method}` } }),
          );
        let payload: unknown;
        try {
          payload = JSON.parse(await readBody(req), reviveBytes);
        } catch {
          return send(
            res,
            200,
            'application/json',
            JSON.stringify({
              ok: false,
              error: { code: 'invalid-input', message: 'The request was not valid JSON, or was too large.' },
            }),
          );
        }
        return send(res, 200, 'application/json', JSON.stringify(await dispatch(handlers, method, payload)));
      }
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
      if (path === BRIDGE_SCRIPT) return send(res, 200, TYPES['.js']!, bridgeScript);
      if (path === '/' || path === '/index.html') return send(res, 200, TYPES['.html']!, indexHtml);
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'Forbidden');
      try {
        return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(res, 404, 'text/plain', 'Not found');
      }
    })().catch((error: unknown) => {
      console.error('[bridge]', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Bridge error');
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
