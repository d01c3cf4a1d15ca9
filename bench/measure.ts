/**
 * What the benchmarks share: a static host that compresses like a real one, a step timer that reads the
 * operating system's own figures (wall, CPU and peak memory), and Chromium's network log for a page.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../src/build/static-server.ts';
import { listFiles } from '../src/build/files.ts';
import { kb as kbOf } from '../src/build/log.ts';

export interface Host {
  url: string;
  /** Every response sent, in order: the server's own count of the body bytes, to check Chromium's. */
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/**
 * Serves `dir` under `base` as the tests and `npm run serve` do (src/build/static-server.ts), sending the .gz file
 * `npm run build` wrote beside a file when the browser accepts gzip (as nginx gzip_static does), and counting
 * every body sent.
 */
export async function serveCompressed(dir: string, base = '/'): Promise<Host> {
  const sent: Host['sent'] = [];
  const site = await startStaticServer({ dir, base, precompressed: true, onSent: (path, bytes) => sent.push({ path, bytes }) });
  return { url: site.url, sent, close: () => site.close() };
}

export interface Step {
  /** Seconds on the clock. */
  wall: number;
  /** Seconds of CPU (user + system) of the step and every process it started: steadier than wall on a busy machine. */
  cpu: number;
  /** Peak resident memory of the largest process in the step, in MB. */
  peakMB: number;
  output: string;
}

/**
 * Runs a command under GNU time, which reports the step's own figures from the kernel. Throws with the
 * output when the command fails.
 */
export async function timed(command: string, args: string[], env: Record<string, string> = {}): Promise<Step> {
  const work = mkdtempSync(join(tmpdir(), 'rapport-time-'));
  const report = join(work, 'time.txt');
  try {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, command, ...args], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    const line = readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '';
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`);
    const [wall, user, system, kb] = line.split(' ').map(Number) as [number, number, number, number];
    return { wall, cpu: user + system, peakMB: Math.round(kb / 1024), output };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function hasGnuTime(): boolean {
  return existsSync('/usr/bin/time');
}

/** Total size of the files under `dir`, in bytes. */
export function sizeOf(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

export interface Fetched {
  url: string;
  type: string;
  status: number;
  /** Bytes over the wire: headers and the body as sent (compressed when it was). */
  transferred: number;
  /** Body bytes as sent. */
  body: number;
}

/** Records every request a page makes while `action` runs, with the bytes each took. */
export async function networkLog(page: Page, action: () => Promise<void>): Promise<Fetched[]> {
  const pending: Promise<Fetched | undefined>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return undefined;
        const sizes = await request.sizes();
        return {
          url: request.url(),
          type: request.resourceType(),
          status: response.status(),
          transferred: sizes.responseHeadersSize + sizes.responseBodySize,
          body: sizes.responseBodySize,
        };
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  await action();
  page.off('requestfinished', onFinished);
  return (await Promise.all(pending)).filter((f): f is Fetched => !!f);
}

export interface SearchWeight {
  query: string;
  results: number;
  /** Everything Pagefind fetched for the search: its script, worker, WebAssembly, index and result fragments. */
  searchBytes: number;
  /** The whole visit to /search/?q=…: the page, its CSS and script, and the search. */
  pageBytes: number;
  requests: number;
}

/** One search through the site's own search page, with an empty cache, as a first-time reader would. */
export async function searchWeight(browser: Browser, siteUrl: string, query: string): Promise<SearchWeight> {
  // No service worker: its precache of the whole site on a first visit is not what the search costs.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    const log = await networkLog(page, async () => {
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        () => {
          const text = document.querySelector('[data-search-status]')?.textContent ?? '';
          return text !== '' && !text.startsWith('Searching');
        },
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForLoadState('networkidle');
    });
    const results = await page.$$eval('.results > li', (items) => items.length);
    const search = log.filter((f) => new URL(f.url).pathname.includes('/pagefind/'));
    return {
      query,
      results,
      searchBytes: search.reduce((n, f) => n + f.transferred, 0),
      pageBytes: log.reduce((n, f) => n + f.transferred, 0),
      requests: log.length,
    };
  } finally {
    await context.close();
  }
}

export const kb = (bytes: number) => kbOf(bytes, 1);
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A plain text table: the first row is the header. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
