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
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent, writeContent } from '../tests/support/synthetic-guide.ts';
import { hasGnuTime, kb, mb, searchWeight, serveCompressed, sizeOf, table, timed } from './measure.ts';
import { machine, type Machine } from './machine.ts';
import { browserProgram, hasBrowser, launch } from '../tests/support/browser.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (option('--sizes') ?? '20,200,2000').split(',').map(Number);
const keep = args.includes('--keep');
/** The Node options `npm run build` sets in package.json, so the bench builds exactly as it does. */
const BUILD_NODE_OPTIONS = /NODE_OPTIONS=(\S+)/.exec((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build)?.[1] ?? '';

/** What care staff type: a keyword, a topic, two words, a whole question, and a typo. */
export const QUERIES = ['gift', 'confidentiality', 'social media', 'resident offered me a gift', 'emphathy'];

/** Pagefind's engine: the same bytes at any size, fetched once and then cached (or precached for offline use). */
const ENGINE = /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/;
/** The search page itself: its HTML, CSS and scripts, the same for every query. */
const SHELL = /^\/(search\/|_astro\/.*|favicon\.[a-z]+)$/;

/** One step of the build, timed by the line it logs (`in N ms`); CPU and memory are the whole build's. */
export interface StepTime {
  wall: number;
}

export interface SizeResult {
  pages: number;
  statements: number;
  domains: number;
  builtPages: number;
  /** The sheet-pdfs integration before rendering: finding and starting the browser for the PDFs. */
  browser: StepTime;
  crosscheck: StepTime & { internalMs: number };
  /** Astro writing the pages: the whole build less the steps timed apart. */
  astro: StepTime & { pagefindMs: number };
  pdf: StepTime & { files: number };
  /** The offline integration: the service worker and its precache list. */
  offline: StepTime & { precache: string };
  /** The compress integration: .gz and .br beside every text file. */
  compress: StepTime;
  /** `npm run build`, one `astro build`: wall, CPU of it and every process it started, and its peak memory. */
  buildWall: number;
  buildCpu: number;
  peakMB: number;
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

/** Seconds a step took, from the `in N ms` of the line its integration logged. */
function loggedSeconds(output: string, line: RegExp): number {
  const ms = new RegExp(`${line.source}.* in (\\d+) ms`).exec(output)?.at(-1);
  return ms === undefined ? NaN : Number(ms) / 1000;
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

    const env = { RAPPORT_CONTENT: content, RAPPORT_DIST: out, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: BUILD_NODE_OPTIONS };
    // `npm run build` is one `astro build`; its integrations log each step's time. --force: a cold build.
    const build = await timed(process.execPath, ['node_modules/astro/astro.js', 'build', '--force', '--outDir', out], env);
    const log = build.output;
    const browserStep = { wall: loggedSeconds(log, /\[rapport:sheet-pdfs\].*started/) };
    const internalMs = Math.round(loggedSeconds(log, /\[rapport:crosscheck\].*warning\(s\)/) * 1000);
    const check = { wall: internalMs / 1000, internalMs };
    const pagefindMs = Math.round(loggedSeconds(log, /indexed \d+ pages/) * 1000);
    const builtPages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
    const pdf = { wall: loggedSeconds(log, /\[rapport:sheet-pdfs\].*wrote \d+ PDFs/), files: Number(/wrote (\d+) PDFs/.exec(log)?.[1] ?? NaN) };
    const offline = { wall: loggedSeconds(log, /\[rapport:offline\].*precaches/), precache: /precaches (.*?), in \d+ ms/.exec(log)?.[1] ?? 'off' };
    const compress = { wall: loggedSeconds(log, /\[rapport:compress\]/) };
    const apart = [browserStep, check, pdf, offline, compress].reduce((n, x) => n + (Number.isNaN(x.wall) ? 0 : x.wall), 0);
    const astro = { wall: build.wall - apart, pagefindMs };
    console.log(`  PDF browser  ${browserStep.wall.toFixed(1)} s`);
    console.log(`  cross-check  ${check.wall.toFixed(1)} s`);
    console.log(`  astro build  ${astro.wall.toFixed(1)} s (Pagefind ${(pagefindMs / 1000).toFixed(1)} s), ${builtPages} pages`);
    console.log(`  sheets PDF   ${pdf.wall.toFixed(1)} s, ${pdf.files} files`);
    console.log(`  offline      ${offline.wall.toFixed(1)} s, precaches ${offline.precache}`);
    console.log(`  compress     ${compress.wall.toFixed(1)} s`);
    console.log(`  full build   ${build.wall.toFixed(1)} s, ${build.cpu.toFixed(1)} s CPU, ${build.peakMB} MB peak`);

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
    return {
      pages,
      statements,
      domains,
      builtPages,
      browser: browserStep,
      crosscheck: check,
      astro,
      pdf,
      offline,
      compress,
      buildWall: build.wall,
      buildCpu: build.cpu,
      peakMB: build.peakMB,
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
    goal: 'cross-check under 2 s',
    value: `${largest.crosscheck.wall.toFixed(2)} s`,
    met: largest.crosscheck.wall < 2,
  },
  buildUnder3min: {
    goal: 'full build under 3 minutes',
    value: `${largest.buildWall.toFixed(0)} s wall, ${largest.buildCpu.toFixed(0)} s CPU`,
    met: largest.buildWall < 180,
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
      secs(r.crosscheck.wall),
      secs(r.astro.wall),
      secs(r.astro.pagefindMs / 1000),
      secs(r.pdf.wall),
      secs(r.offline.wall),
      secs(r.compress.wall),
      secs(r.buildWall),
      secs(r.buildCpu),
      mb(r.indexBytes),
      mb(r.siteBytes),
      `${r.peakMB} MB`,
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
console.log(`\nWhere the search bytes went at ${largest.pages} pages (meta / index chunks / fragments / other):`);
for (const s of largest.searches) {
  console.log(`  "${s.query}": ${kb(s.parts.meta)} / ${kb(s.parts.chunks)} / ${kb(s.parts.fragments)} / ${kb(s.parts.other)}`);
}
console.log('\nTargets:');
for (const t of Object.values(targets)) console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.goal}: ${t.value}`);

writeFileSync('bench/results.json', `${JSON.stringify({ machine: before, loadAfter: after.load, queries: QUERIES, results, targets }, null, 2)}\n`);
console.log('\nwrote bench/results.json');
