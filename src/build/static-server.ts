/**
 * Serves a built site the way a static host would: files under the base path, directory index pages,
 * and the site's own 404 page for anything else. Used by `npm start` and by the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../core/security-headers.ts';

export interface StaticSite {
  server: Server;
  /** e.g. "http://127.0.0.1:4321/rapport/" */
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(options: {
  dir: string;
  base?: string;
  port?: number;
  host?: string;
  /** Sent with every response; the production security headers unless told otherwise, so tests run under the real policy. */
  headers?: Readonly<Record<string, string>>;
  /** Send the .gz file the build wrote beside a file when the browser accepts gzip, as nginx's gzip_static does. */
  precompressed?: boolean;
  /** Told of every response: the path asked for and the body bytes sent (the benchmarks count them). */
  onSent?: (path: string, bytes: number) => void;
}): Promise<StaticSite> {
  const { dir, base = '/', port = 0, host = '127.0.0.1', headers = SECURITY_HEADERS, precompressed = false, onSent } = options;
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html not found: build the site first with \`npm run build\`.`);
  }
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: precompressed });
  const notFoundPage = join(dir, '404.html');
  const notFound = (res: import('node:http').ServerResponse) => {
    const body = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const asked = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (onSent) res.on('finish', () => onSent(asked, Number(res.getHeader('content-length') ?? 0)));
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return notFound(res);
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host}:${actualPort}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
