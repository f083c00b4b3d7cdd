import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { EVENTS_PATH, LIVE_SCRIPT, missingPage, SCRIPT_PATH, withLiveScript } from './live-page.ts';
import { servedPath } from './served-path.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** What the dev server tells open pages: rebuilt (reload), or the build failed (show why). */
export type PageNews = { kind: 'reload' } | { kind: 'failed'; message: string };

export interface DevServer {
  /** The address pages are served at, e.g. `http://127.0.0.1:4400/`. */
  url: string;
  /** The pages open in browsers now, as paths in the output folder ("c/a/01-intro.html", "index.html"). */
  viewing(): string[];
  /** Tells the open pages, or those `to` picks by their path; resolves with the paths of the pages told. */
  tell(news: PageNews, to?: (page: string) => boolean): string[];
  /** Resolves once each of `pages` has opened its event stream again (a reloaded page does), or after `timeoutMs`. */
  reopened(pages: readonly string[], timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves the output folder over HTTP on 127.0.0.1 only (never other machines), read-only, and
 * keeps open pages informed through server-sent events. Pages get the live script added as they
 * are served; the files themselves are not changed.
 */
export async function startDevServer(folder: string, port: number): Promise<DevServer> {
  /** Open pages' event streams, with the path of the page each belongs to. */
  const listeners = new Map<ServerResponse, string>();
  let failure: PageNews | undefined;
  /** Called with each page that opens its event stream. */
  const opening = new Set<(page: string) => void>();
  const server = createServer((request, response) => handle(request, response));

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const target = request.url ?? '/';
    if (request.method !== 'GET' && request.method !== 'HEAD') return void send(response, 405, 'text/plain; charset=utf-8', 'only GET and HEAD\n');
    if (target === EVENTS_PATH) return listen(response, pagePath(request.headers.referer));
    if (target === SCRIPT_PATH) return void send(response, 200, CONTENT_TYPES['.js']!, LIVE_SCRIPT);
    const served = servedPath(folder, target);
    if ('status' in served) {
      if (served.status === 404 && /(\/|\.html)$/.test(target.split('?')[0]!)) return void send(response, 404, CONTENT_TYPES['.html']!, missingPage(target));
      return void send(response, served.status, 'text/plain; charset=utf-8', `refused: ${served.reason}\n`);
    }
    const type = CONTENT_TYPES[extname(served.file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) return void send(response, 200, type, withLiveScript(readFileSync(served.file, 'utf8')), request.method === 'HEAD');
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(served.file)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  function listen(response: ServerResponse, page: string): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': lectern dev\n\n');
    listeners.set(response, page);
    for (const opened of [...opening]) opened(page);
    response.on('close', () => listeners.delete(response));
    if (failure) write(response, failure);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    viewing: () => [...new Set(listeners.values())],
    tell(news, to = () => true) {
      failure = news.kind === 'failed' ? news : undefined;
      const told: string[] = [];
      for (const [response, page] of listeners) {
        if (!to(page)) continue;
        write(response, news);
        told.push(page);
      }
      return told;
    },
    reopened(pages, timeoutMs) {
      const waiting = [...pages];
      if (waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          opening.delete(opened);
          resolve();
        };
        const opened = (page: string) => {
          const at = waiting.indexOf(page);
          if (at !== -1) waiting.splice(at, 1);
          if (waiting.length === 0) done();
        };
        const timer = setTimeout(done, timeoutMs);
        opening.add(opened);
      });
    },
    async close() {
      for (const response of listeners.keys()) response.end();
      listeners.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The output path of the page an event stream was opened by, from its Referer (the live script's
 * page): "" when it has none or names another site.
 */
function pagePath(referer: string | undefined): string {
  if (!referer) return '';
  try {
    const path = decodeURIComponent(new URL(referer).pathname).replace(/^\/+/, '');
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  } catch {
    return '';
  }
}

function write(response: ServerResponse, news: PageNews): void {
  response.write(`event: ${news.kind}\ndata: ${JSON.stringify(news)}\n\n`);
}

function send(response: ServerResponse, status: number, type: string, body: string, headOnly = false): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(headOnly ? undefined : body);
}
