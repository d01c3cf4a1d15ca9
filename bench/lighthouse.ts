/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (mobile, its default) on the built site, with the browser the
 * tests use (tests/support/browser.ts), for the home page, a guidance page, a sheet and a search. Prints the four
 * category scores and every audit that fell short; the goal is 100 on all. Writes bench/lighthouse.json.
 *
 * Run `npm run build` first. The site is served with gzip, as a static host would serve it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserProgram, hasBrowser } from '../tests/support/browser.ts';
import { DIST } from '../tests/support/site.ts';
import { config } from '../src/data/config.ts';
import { serveCompressed, table } from './measure.ts';
import { machine } from './machine.ts';

const PAGES = [
  { name: 'home', path: '' },
  { name: 'guidance page', path: 'guidance/drawing-boundaries/' },
  { name: 'sheet', path: 'sheets/boundaries/' },
  { name: 'search', path: 'search/?q=gift' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}

if (!hasBrowser) {
  console.error('bench:lighthouse: needs Chromium (npm ci brings one on Linux x64; or install Chrome, or set CHROME_PATH).');
  process.exit(1);
}

/** One Lighthouse run through its command line, which launches Chromium itself from CHROME_PATH. */
async function lighthouse(url: string): Promise<Report> {
  const work = mkdtempSync(join(tmpdir(), 'rapport-lighthouse-'));
  const output = join(work, 'report.json');
  try {
    const child = spawn(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--no-enable-error-reporting',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      { env: { ...process.env, CHROME_PATH: await browserProgram() }, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error(`lighthouse failed on ${url} (exit ${code}):\n${errors.slice(-2000)}`);
    return JSON.parse(readFileSync(output, 'utf8')) as Report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const host = await serveCompressed(DIST, config.base);
const results: { name: string; path: string; scores: Record<string, number | null>; shortfalls: string[] }[] = [];
try {
  for (const { name, path } of PAGES) {
    const report = await lighthouse(host.url + path);
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message} on ${path}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, report.categories[c].score]));
    // Audits that count towards a category and did not score full marks.
    const counted = new Set(CATEGORIES.flatMap((c) => report.categories[c].auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
    const shortfalls = Object.values(report.audits)
      .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}: ${Math.round((a.score ?? 0) * 100)}`);
    results.push({ name, path: `/${path}`, scores, shortfalls });
    console.log(`${name}: ${CATEGORIES.map((c) => `${c} ${Math.round((scores[c] ?? 0) * 100)}`).join(', ')}`);
  }
} finally {
  await host.close();
}

console.log(`\nLighthouse 12.2.3, mobile, ${DIST}/ served with gzip:\n`);
console.log(
  table([
    ['page', 'address', 'performance', 'accessibility', 'best practices', 'SEO'],
    ...results.map((r) => [r.name, r.path, ...CATEGORIES.map((c) => (r.scores[c] === null ? 'n/a' : Math.round(r.scores[c]! * 100)))]),
  ]),
);
for (const r of results) if (r.shortfalls.length) console.log(`\n${r.name} fell short on:\n  ${r.shortfalls.join('\n  ')}`);
const perfect = results.every((r) => CATEGORIES.every((c) => r.scores[c] === 1));
console.log(perfect ? '\n100 on every category of every page.' : '\nNot 100 everywhere: see above.');
writeFileSync('bench/lighthouse.json', `${JSON.stringify({ machine: machine(await browserProgram()), lighthouse: '12.2.3', pages: results }, null, 2)}\n`);
console.log('wrote bench/lighthouse.json');
