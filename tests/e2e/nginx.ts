/**
 * Runs Debian's nginx with deploy/nginx.conf, as shipped, on 127.0.0.1 and a free high port, from a temporary
 * prefix (its own pid, logs and temp folders), and stops it afterwards. Only the lines a real install changes
 * (listen, root, the 404 page for a sub-path, brotli_static when the module is there) are adapted.
 * Without nginx the tests are skipped on a developer's machine; under CI=true a missing nginx fails the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const nginxPath = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const hasNginx = existsSync(nginxPath);
/** Debian's libnginx-mod-http-brotli-static. */
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const hasBrotli = existsSync(brotliModule);
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find((f) => existsSync(f));

if (process.env['CI'] && !hasNginx) {
  throw new Error(`No nginx at ${nginxPath}: CI must run the nginx tests (apt-get install -y nginx libnginx-mod-http-brotli-static).`);
}
if (process.env['CI'] && !hasBrotli) {
  throw new Error(`No brotli_static module at ${brotliModule}: CI installs libnginx-mod-http-brotli-static to test the .br files.`);
}
if (!hasNginx) console.warn(`Skipping nginx tests: no nginx at ${nginxPath} (apt-get install -y nginx, or set NGINX_PATH).`);

/** deploy/nginx.conf with the lines a real install would change; throws if the file no longer has them. */
export function adaptServerBlock(text: string, options: { port: number; root: string; base: string; brotli: boolean }): string {
  const edits: [RegExp, string][] = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${options.port};`],
    [/^\s*listen \[::\]:80;\n/m, ''],
    [/^(\s*)root \/usr\/share\/nginx\/html;$/m, `$1root ${options.root};`],
    [/^(\s*)error_page 404 \/404\.html;$/m, `$1error_page 404 ${options.base}404.html;`],
  ];
  if (options.brotli) edits.push([/^(\s*)# brotli_static on;$/m, '$1brotli_static on;']);
  return edits.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf no longer has a line matching ${pattern}: update tests/e2e/nginx.ts to match.`);
    return conf.replace(pattern, replacement);
  }, text);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export interface NginxSite {
  /** e.g. "http://127.0.0.1:43121/rapport/" */
  url: string;
  brotli: boolean;
  prefix: string;
  close(): Promise<void>;
}

export async function startNginx(options: { dist: string; base: string; brotli?: boolean }): Promise<NginxSite> {
  if (!MIME_TYPES) throw new Error('nginx is installed but its mime.types was not found.');
  const brotli = options.brotli ?? hasBrotli;
  const prefix = mkdtempSync(join(tmpdir(), 'rapport-nginx-'));
  const port = await freePort();
  // A sub-path site is served from a folder holding the site under its base, as an install would copy it.
  let root = resolve(options.dist);
  if (options.base !== '/') {
    root = join(prefix, 'html');
    const at = join(root, options.base.replace(/^\/|\/$/g, ''));
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(resolve(options.dist), at);
  }
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'tmp', dir), { recursive: true });
  writeFileSync(join(prefix, 'site.conf'), adaptServerBlock(readFileSync('deploy/nginx.conf', 'utf8'), { port, root, base: options.base, brotli }));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      brotli ? `load_module ${brotliModule};` : '',
      // As root (CI), workers would switch to "nobody", who may not be able to read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      `  access_log ${prefix}/access.log;`,
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d === 'body' ? 'client_body' : d}_temp_path ${prefix}/tmp/${d};`),
      `  include ${prefix}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Never outlive the test run, even if it dies before afterAll.
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}${options.base}`;
  const log = () => `${stderr}${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`;
  // Ready when it answers; give up after 10 s, or at once if nginx exits (a config error).
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}):\n${log()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() - started > 10_000) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not answer on ${url} within 10 s:\n${log()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    brotli,
    prefix,
    close: async () => {
      // SIGQUIT: finish what is in flight, then stop.
      const running = () => child.exitCode === null && child.signalCode === null;
      if (running()) child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (running()) child.kill('SIGKILL');
      process.off('exit', stopOnExit);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
