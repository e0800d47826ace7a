// The viewer's HTTP server: the built web app, the graph at /api/graph, and positions back at PUT /api/positions.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NewsgraphError, UsageError } from '../../graph/errors.ts';
import type { GraphSource } from './graphSource.ts';
import { parsePositions } from './positions.ts';
import { resolveStaticFile } from './staticFiles.ts';

export interface ViewerServerOptions {
  source: GraphSource;
  /** The Vite build folder to serve. */
  distDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningViewerServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** The port is taken: the CLI turns this into one line telling the user to pass --port. */
export class PortInUseError extends NewsgraphError {
  constructor(host: string, port: number) {
    super('PORT_IN_USE', `port ${port} on ${host} is already in use; pass --port <n> to pick another (or --port 0 for any free one)`);
  }
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

// The app loads only its own scripts; data from articles can never become code even if some view forgot textContent.
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(value));
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new UsageError(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new UsageError('request body is not JSON');
  }
}

async function handle(options: ViewerServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  if (url.pathname === '/api/graph') {
    if (method !== 'GET' && method !== 'HEAD') return sendJson(response, 405, { error: 'use GET' });
    const json = await options.source.readGraphJson();
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(json),
      'Cache-Control': 'no-store',
    });
    response.end(method === 'HEAD' ? undefined : json);
    return;
  }
  if (url.pathname === '/api/info') {
    return sendJson(response, 200, { source: options.source.describe, canSavePositions: Boolean(options.source.savePositions) });
  }
  if (url.pathname === '/api/positions') {
    if (method !== 'PUT') return sendJson(response, 405, { error: 'use PUT' });
    if (!options.source.savePositions) return sendJson(response, 409, { error: 'this graph source is read-only' });
    const positions = parsePositions(await readJsonBody(request));
    const updated = await options.source.savePositions(positions);
    return sendJson(response, 200, { updated });
  }
  if (url.pathname.startsWith('/api/')) return sendJson(response, 404, { error: `no endpoint ${url.pathname}` });
  if (method !== 'GET' && method !== 'HEAD') return sendJson(response, 405, { error: 'use GET' });
  const file = await resolveStaticFile(options.distDir, url.pathname);
  if (!file) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('not found\n');
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Content-Length': file.size,
    // Vite fingerprints assets; index.html must be fetched again after a rebuild.
    'Cache-Control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (method === 'HEAD') return void response.end();
  createReadStream(file.file).pipe(response);
}

export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewerServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      const status = error instanceof UsageError ? 400 : 500;
      if (response.headersSent) return void response.destroy();
      sendJson(response, status, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      rejectListen(error.code === 'EADDRINUSE' ? new PortInUseError(host, options.port ?? 0) : error),
    );
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
