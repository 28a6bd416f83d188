// Web mode: a Node HTTP server on 127.0.0.1 that serves the built renderer, POST /api/<method> (JSON, through
// the same dispatch as Electron IPC) and GET /api/events (server-sent events). Every API request must carry
// the per-run token, a loopback Host and no foreign Origin. Node only.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiEvents, CallContext, EventName } from '../../core/api/contract';
import type { ApiErrorCode, Envelope } from '../../core/api/errors';
import { httpStatusOf, type Dispatch } from '../dispatch';
import type { Logger } from '../log';
import { hostAllowed, newToken, originAllowed, tokensMatch } from './guard';
import { serveStatic } from './static';

export interface WebServerOptions {
  readonly dispatch: Dispatch;
  /** Folder of the built renderer (dist/renderer). */
  readonly staticDir: string;
  /** 0 or undefined picks a free port. */
  readonly port?: number;
  readonly token?: string;
  readonly log: Logger;
}

export interface WebServer {
  readonly port: number;
  readonly token: string;
  /** http://127.0.0.1:PORT/?token=... — the one URL to open. */
  readonly url: string;
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1 << 20;
export const TOKEN_HEADER = 'x-drydock-token';

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  const streams = new Set<ServerResponse>();
  let port = 0;

  const emit = <E extends EventName>(event: E, payload: ApiEvents[E]): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  };
  const ctx: CallContext = { transport: 'http', emit };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.log.error(`web request ${req.method} ${req.url} failed`, err);
      if (!res.headersSent) sendEnvelope(res, failure('INTERNAL', 'internal error'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    // Host and Origin are checked for every request, pages included: a rebinding page must get nothing.
    if (!hostAllowed(req.headers.host, port)) return forbid(res, `Host "${req.headers.host ?? ''}" is not this local server`);
    if (!originAllowed(req.headers.origin, port)) return forbid(res, `Origin "${req.headers.origin}" is not allowed`);

    if (url.pathname === '/api/events') {
      if (!tokensMatch(token, url.searchParams.get('token') ?? undefined)) return forbid(res, 'missing or wrong token');
      return openEventStream(req, res);
    }
    if (url.pathname.startsWith('/api/')) {
      const given = req.headers[TOKEN_HEADER];
      if (!tokensMatch(token, typeof given === 'string' ? given : undefined)) return forbid(res, 'missing or wrong token');
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendEnvelope(res, failure('BAD_INPUT', 'API calls use POST'), 405);
      }
      const body = await readBody(req);
      if (!body.ok) return sendEnvelope(res, failure('BAD_INPUT', body.message));
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendEnvelope(res, await options.dispatch(method, body.value, ctx));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      return void res.end();
    }
    serveStatic(options.staticDir, url.pathname, res, req.method === 'HEAD');
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // A comment line flushes headers so EventSource reports "open" at once.
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': ping\n\n');
  }, 25_000);
  heartbeat.unref();

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    emit,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function failure(code: ApiErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function forbid(res: ServerResponse, message: string): void {
  sendEnvelope(res, failure('FORBIDDEN', message));
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>, status?: number): void {
  const text = JSON.stringify(envelope);
  res.statusCode = status ?? (envelope.ok ? 200 : httpStatusOf(envelope.error.code));
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, message: `request body is larger than ${MAX_BODY_BYTES} bytes` };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'request body is not valid JSON' };
  }
}
