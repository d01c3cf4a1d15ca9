/**
 * `npm run bench`: builds synthetic guides of 20, 200 and 2,000 pages (5 statements a page) the way
 * `npm run build` does, and measures each step, the search index, and what five searches fetch in
 * Chromium. Prints a table and writes bench/results.json.
 *
 *   npm run bench                      20, 200 and 2,000 pages
 *   npm run bench -- --sizes 20,200    other sizes
 *   npm run bench -- --keep            keep the generated content and built sites in /tmp
 *
 * Nothing is written to content/ or dist/. Run it on its own: `astro build` regenerates .astro/ in the
 * project, so a build running beside it in the same checkout could read the wrong content.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent, writeContent } from '../tests/support/synthetic-guide.ts';
import { hasGnuTime, kb, mb, searchWeight, serveCompressed, sizeOf, table, timed, type Step } from './measure.ts';
import { machine, type Machine } from './machine.ts';
import { browserProgram, hasBrowser, launch } from '../tests/support/browser.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (option('--sizes') ?? '20,200,2000').split(',').map(Number);
const keep = args.includes('--keep');

/** What care staff type: a keyword, a topic, two words, a whole question, and a typo. */
export const QUERIES = ['gift', 'confidentiality', 'social media', 'resident offered me a gift', 'emphathy'];

/** Pagefind's engine: the same bytes at any size, fetched once and then cached (or precached for offline use). */
const ENGINE = /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/;
/** The search page itself: its HTML, CSS and scripts, the same for every query. */
const SHELL = /^\/(search\/|_astro\/.*|favicon\.[a-z]+)$/;

export interface SizeResult {
  pages: number;
  statements: number;
  domains: number;
  builtPages: number;
  /** scripts/pdf-browser.ts: finding and starting the browser for the PDFs. */
  browser: Step;
  crosscheck: Step & { internalMs: number };
  astro: Step & { pagefindMs: number };
  pdf: Step & { files: number };
  /** scripts/offline.ts: the service worker and its precache list. */
  offline: (Step & { precache: string }) | Failed;
  /** scripts/compress.ts: .gz and .br beside every text file. */
  compress: Step | Failed;
  /** False when a step of `npm run build` failed: the site would not have been published. */
  built: boolean;
  /** Every step of `npm run build`, in order. */
  buildWall: number;
  buildCpu: number;
  indexBytes: number;
  siteBytes: number;
  /**
   * Per query, bytes as sent: `indexBytes` is what the search itself fetched (Pagefind's index files and the
   * search page's data, such as its vocabulary), apart from the engine and the page's own HTML, CSS and JS.
   */
  searches: {
    query: string;
    results: number;
    indexBytes: number;
    engineBytes: number;
    pageBytes: number;
    parts: { meta: number; chunks: number; fragments: number; other: number };
  }[];
}

/** A step after the site is written that stopped the build: why, and how long it ran first. */
interface Failed {
  failed: string;
  wall: number;
  cpu: number;
}

/** Runs a later step; a failure is a result to report (the bench goes on to measure the rest). */
async function step(script: string, env: Record<string, string>): Promise<Step | Failed> {
  const result = await timedOrFailed(script, env);
  return 'failed' in result ? result : { ...result, output: '' };
}

async function timedOrFailed(script: string, env: Record<string, string>): Promise<Step | Failed> {
  const started = performance.now();
  try {
    return await timed('node_modules/.bin/tsx', [script], env);
  } catch (e) {
    const why = String((e as Error).message).split('\n').slice(1).filter((l) => !l.startsWith('[BABEL]')).slice(0, 4).join(' ').trim();
    return { failed: why, wall: (performance.now() - started) / 1000, cpu: NaN };
  }
}

if (!hasGnuTime()) {
  console.error('bench: needs GNU time at /usr/bin/time for CPU and memory figures (apt-get install -y time).');
  process.exit(1);
}
if (!hasBrowser) {
  console.error('bench: needs Chromium to measure searches (npm ci brings one on Linux x64; or install Chrome, or set CHROME_PATH).');
  process.exit(1);
}

const before: Machine = machine(await browserProgram());
const results: SizeResult[] = [];
for (const pages of sizes) results.push(await benchSize(pages));
const after = machine(await browserProgram());

async function benchSize(pages: number): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), `rapport-bench-${pages}-`));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  try {
    const files = generateContent({ pages });
    writeContent(content, files);
    const domains = [...files.keys()].filter((f) => f.startsWith('competencies/domain-')).length;
    const statements = pages * 5;
    console.log(`\n${pages} pages, ${statements} statements, ${domains} domains: ${content}`);

    const env = { RAPPORT_CONTENT: content, RAPPORT_DIST: out, ASTRO_TELEMETRY_DISABLED: '1' };
    // As the build's first step: finds and starts the browser that prints the sheets (part of the full build).
    const browserStep = await timed('node_modules/.bin/tsx', ['scripts/pdf-browser.ts'], env);
    console.log(`  PDF browser  ${browserStep.wall.toFixed(1)} s`);
    const check = await timed('node_modules/.bin/tsx', ['scripts/crosscheck.ts'], env);
    const internalMs = Number(/in (\d+) ms/.exec(check.output)?.[1] ?? NaN);
    console.log(`  cross-check  ${check.wall.toFixed(1)} s (${internalMs} ms inside)`);

    // --force: a cold build, with nothing reused from an earlier one.
    // As `npm run build` runs it (a larger young generation: a quarter less CPU at 2,000 pages, mostly GC).
    const astro = await timed(process.execPath, ['--max-semi-space-size=64', 'node_modules/astro/astro.js', 'build', '--force', '--outDir', out], env);
    const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(astro.output)?.[1] ?? NaN);
    const builtPages = Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? NaN);
    console.log(`  astro build  ${astro.wall.toFixed(1)} s (Pagefind ${(pagefindMs / 1000).toFixed(1)} s), ${builtPages} pages`);

    const pdfRun = await timed('node_modules/.bin/tsx', ['scripts/sheets-pdf.ts'], env);
    const pdf = { ...pdfRun, output: '', files: Number(/wrote (\d+) PDFs/.exec(pdfRun.output)?.[1] ?? NaN) };
    console.log(`  sheets PDF   ${pdf.wall.toFixed(1)} s, ${pdf.files} files`);

    // A step's output is read before it is dropped from the results.
    const offlineRun = await timedOrFailed('scripts/offline.ts', env);
    const offline: SizeResult['offline'] =
      'failed' in offlineRun ? offlineRun : { ...offlineRun, output: '', precache: /precaches (.*?), in \d+ ms/.exec(offlineRun.output)?.[1] ?? 'off' };
    console.log(`  offline      ${offline.wall.toFixed(1)} s, ${'failed' in offline ? `FAILED: ${offline.failed}` : `precaches ${offline.precache}`}`);
    const compress = await step('scripts/compress.ts', env);
    console.log(`  compress     ${compress.wall.toFixed(1)} s${'failed' in compress ? `, FAILED: ${compress.failed}` : ''}`);

    const host = await serveCompressed(out);
    const browser = await launch();
    const searches: SizeResult['searches'] = [];
    try {
      for (const query of QUERIES) {
        const from = host.sent.length;
        const weight = await searchWeight(browser, host.url, query);
        // The server's own count of what it sent: Chromium does not report the bytes of a worker's script.
        const sent = host.sent.slice(from);
        const sum = (list: { bytes: number }[]) => list.reduce((n, s) => n + s.bytes, 0);
        const of = (test: RegExp) => sum(sent.filter((s) => test.test(s.path)));
        const engine = sent.filter((s) => ENGINE.test(s.path));
        const shell = sent.filter((s) => SHELL.test(s.path));
        searches.push({
          query,
          results: weight.results,
          indexBytes: sum(sent) - sum(engine) - sum(shell),
          engineBytes: sum(engine),
          pageBytes: sum(sent),
          parts: {
            meta: of(/\.pf_meta$|pagefind-entry\.json$|\.pf_filter$/),
            chunks: of(/\.pf_index$/),
            fragments: of(/\.pf_fragment$/),
            other: sum(sent.filter((s) => !ENGINE.test(s.path) && !SHELL.test(s.path) && !/\.pf_(meta|index|fragment|filter)$|pagefind-entry\.json$/.test(s.path))),
          },
        });
      }
    } finally {
      await browser.close();
      await host.close();
    }
    const steps = [browserStep, check, astro, pdf, offline, compress];
    const built = !('failed' in offline) && !('failed' in compress);
    return {
      pages,
      statements,
      domains,
      builtPages,
      browser: { ...browserStep, output: '' },
      crosscheck: { ...check, output: '', internalMs },
      astro: { ...astro, output: '', pagefindMs },
      pdf,
      offline,
      compress,
      built,
      buildWall: steps.reduce((n, s) => n + s.wall, 0),
      buildCpu: steps.reduce((n, s) => n + (Number.isNaN(s.cpu) ? 0 : s.cpu), 0),
      indexBytes: sizeOf(join(out, 'pagefind')),
      siteBytes: sizeOf(out),
      searches,
    };
  } finally {
    if (keep) console.log(`  kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

// Targets from issue 7, checked against the largest size measured.
const largest = results.at(-1)!;
const perPage = (r: SizeResult) => r.crosscheck.internalMs / r.pages;
const reference = results.find((r) => r.pages >= 200) ?? results[0]!;
const targets = {
  crosscheckLinear: {
    goal: 'cross-check time per page at the largest size within 1.5× of that at 200 pages',
    value: `${perPage(reference).toFixed(2)} → ${perPage(largest).toFixed(2)} ms a page`,
    met: perPage(largest) <= 1.5 * perPage(reference),
  },
  crosscheckUnder2s: {
    goal: 'cross-check under 2 s (the whole command)',
    value: `${largest.crosscheck.wall.toFixed(2)} s wall, ${largest.crosscheck.cpu.toFixed(2)} s CPU`,
    met: largest.crosscheck.wall < 2,
  },
  buildUnder3min: {
    goal: 'full build under 3 minutes',
    value: `${largest.built ? '' : 'the build FAILED; '}${largest.buildWall.toFixed(0)} s wall, ${largest.buildCpu.toFixed(0)} s CPU`,
    met: largest.built && largest.buildWall < 180,
  },
  searchUnder100KB: {
    goal: 'each search fetches under 100 KB (the Pagefind engine, 84 KB at any size, counted apart)',
    value: `${kb(Math.max(...largest.searches.map((s) => s.indexBytes)))} at most`,
    met: largest.searches.every((s) => s.indexBytes < 100 * 1024),
  },
};

const secs = (s: number) => `${s.toFixed(1)} s`;
console.log(`\nRapport benchmark, ${before.date}: ${before.summary}`);
console.log(`load average ${before.load.join(' ')} before, ${after.load.join(' ')} after (wall times stretch when the machine is busy; CPU times do not)\n`);
console.log(
  table([
    ['pages', 'statements', 'domains', 'cross-check', 'astro build', '(Pagefind)', 'sheets PDF', 'offline', 'compress', 'full build', 'build CPU', 'index', 'site', 'peak memory'],
    ...results.map((r) => [
      r.pages,
      r.statements,
      r.domains,
      `${secs(r.crosscheck.wall)} (${r.crosscheck.internalMs} ms)`,
      secs(r.astro.wall),
      secs(r.astro.pagefindMs / 1000),
      secs(r.pdf.wall),
      'failed' in r.offline ? 'FAILED' : secs(r.offline.wall),
      'failed' in r.compress ? 'FAILED' : secs(r.compress.wall),
      r.built ? secs(r.buildWall) : `FAILED (${secs(r.buildWall)})`,
      secs(r.buildCpu),
      mb(r.indexBytes),
      mb(r.siteBytes),
      `${Math.max(...[r.crosscheck, r.astro, r.pdf, r.offline, r.compress].map((x) => ('peakMB' in x ? x.peakMB : 0)))} MB`,
    ]),
  ]),
);
console.log(
  '\nBytes each search fetched, gzip as a static host sends it, no service worker. "search" = what the query fetched:' +
    ' Pagefind\'s entry, meta, index chunks, filters and result fragments, and the search page\'s own data' +
    ' (the letters of its vocabulary the query needs); "engine" = pagefind.js, its worker and WebAssembly, the same at any size and cached after' +
    ' the first search; "whole visit" adds the page\'s HTML, CSS and script.\n',
);
console.log(
  table([
    ['query', ...results.map((r) => `${r.pages} pages: search`), 'engine', `whole visit at ${largest.pages}`],
    ...QUERIES.map((q, i) => [
      `"${q}"`,
      ...results.map((r) => `${kb(r.searches[i]!.indexBytes)} (${r.searches[i]!.results})`),
      kb(largest.searches[i]!.engineBytes),
      kb(largest.searches[i]!.pageBytes),
    ]),
  ]),
);
for (const r of results) {
  for (const [name, x] of [['offline', r.offline], ['compress', r.compress]] as const) {
    if ('failed' in x) console.log(`\nAt ${r.pages} pages, ${name} failed the build: ${x.failed}`);
  }
}
console.log(`\nWhere the search bytes went at ${largest.pages} pages (meta / index chunks / fragments / other):`);
for (const s of largest.searches) {
  console.log(`  "${s.query}": ${kb(s.parts.meta)} / ${kb(s.parts.chunks)} / ${kb(s.parts.fragments)} / ${kb(s.parts.other)}`);
}
console.log('\nTargets:');
for (const t of Object.values(targets)) console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.goal}: ${t.value}`);

writeFileSync('bench/results.json', `${JSON.stringify({ machine: before, loadAfter: after.load, queries: QUERIES, results, targets }, null, 2)}\n`);
console.log('\nwrote bench/results.json');
