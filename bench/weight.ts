/**
 * `npm run bench:weight`: the weight of every page of the built site (dist/, or RAPPORT_DIST). For each
 * page, what Chromium fetched while loading it, from its network log, and the HTML, CSS and JavaScript
 * among that, raw and gzip. Served with gzip as a static host would. Writes bench/weight.json.
 *
 * Run `npm run build` first. The budget for guidance pages is a test: tests/e2e/weight.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST } from '../tests/support/site.ts';
import { browserProgram, hasBrowser, launch } from '../tests/support/browser.ts';
import { config } from '../src/data/config.ts';
import { kb, networkLog, serveCompressed, table } from './measure.ts';
import { machine } from './machine.ts';

interface Sizes {
  raw: number;
  gzip: number;
}
interface PageWeight {
  path: string;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** Everything fetched at load: requests and bytes as sent (gzip where the host compresses). */
  requests: number;
  transferred: number;
  /** Scripts fetched at load, by path. */
  scripts: string[];
  /** Anything fetched at load from another host: there must be none. */
  thirdParty: string[];
}

if (!hasBrowser) {
  console.error('bench:weight: needs Chromium (npm ci brings one on Linux x64; or install Chrome, or set CHROME_PATH).');
  process.exit(1);
}

const host = await serveCompressed(DIST, config.base);
const browser = await launch();
const origin = new URL(host.url).origin;
const basePath = new URL(host.url).pathname;
const onDisk = (url: string) => {
  const path = decodeURI(new URL(url).pathname).slice(basePath.length);
  return `${DIST}/${path === '' || path.endsWith('/') ? `${path}index.html` : path}`;
};
const sizes = (files: string[]): Sizes =>
  files.reduce(
    (sum, file) => {
      const data = readFileSync(file);
      return { raw: sum.raw + data.length, gzip: sum.gzip + gzipSync(data).length };
    },
    { raw: 0, gzip: 0 },
  );

const weights: PageWeight[] = [];
let precache: { bytes: number; files: number } | undefined;
try {
  // Each page as the browser fetches it; the service worker's background precache is measured apart, below.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const path of builtPages()) {
    const from = host.sent.length;
    const log = await networkLog(page, async () => {
      await page.goto(host.url + path, { waitUntil: 'networkidle' });
    });
    const sent = host.sent.slice(from);
    await page.goto('about:blank');
    // A fresh cache for every page: each is weighed as a first visit.
    await context.clearCookies();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();

    const local = log.filter((f) => f.url.startsWith(origin));
    const of = (type: string) => local.filter((f) => f.type === type && f.status < 400).map((f) => onDisk(f.url));
    weights.push({
      path: path || '/',
      html: sizes(of('document')),
      css: sizes(of('stylesheet')),
      js: sizes(of('script')),
      requests: log.length,
      transferred: sent.reduce((n, s) => n + s.bytes, 0),
      scripts: local.filter((f) => f.type === 'script').map((f) => new URL(f.url).pathname),
      thirdParty: log.filter((f) => !f.url.startsWith(origin) && !f.url.startsWith('data:')).map((f) => f.url),
    });
  }
  await context.close();
  precache = await measurePrecache();
} finally {
  await browser.close();
  await host.close();
}

/**
 * A first visit to the home page with the service worker on: what it fetches in the background to keep the
 * site for offline use, on top of the page itself.
 */
async function measurePrecache(): Promise<{ bytes: number; files: number } | undefined> {
  const visit = await browser.newContext();
  try {
    const page = await visit.newPage();
    const from = host.sent.length;
    await page.goto(host.url, { waitUntil: 'load' });
    const active = await page
      .evaluate(async () => {
        if (!('serviceWorker' in navigator) || !(await navigator.serviceWorker.getRegistration())) return false;
        await navigator.serviceWorker.ready;
        return true;
      })
      .catch(() => false);
    if (!active) return undefined;
    await page.waitForLoadState('networkidle');
    const sent = host.sent.slice(from + 1).filter((s) => !s.path.endsWith('/sw.js'));
    return { bytes: sent.reduce((n, s) => n + s.bytes, 0), files: sent.length };
  } finally {
    await visit.close();
  }
}

const k = (s: Sizes) => [kb(s.raw), kb(s.gzip)];
console.log(`Page weight of ${DIST}/, ${weights.length} pages, first visit, gzip as a static host sends it.\n`);
console.log(
  table([
    ['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'HTML+CSS gz', 'requests', 'fetched'],
    ...weights.map((w) => [w.path, ...k(w.html), ...k(w.css), ...k(w.js), kb(w.html.gzip + w.css.gzip), w.requests, kb(w.transferred)]),
  ]),
);
// Scripts by page, leaving out the one every page loads (the service worker's registration).
const everywhere = weights.length ? weights.map((w) => new Set(w.scripts)).reduce((a, b) => new Set([...a].filter((x) => b.has(x)))) : new Set<string>();
const name = (path: string) => path.split('/').pop() ?? path;
console.log(`\nEvery page loads: ${everywhere.size ? [...everywhere].map(name).join(', ') : 'no script'}`);
const more = weights.filter((w) => w.scripts.some((s) => !everywhere.has(s)));
console.log(`Pages that load more: ${more.length ? more.map((w) => `${w.path} (${w.scripts.filter((s) => !everywhere.has(s)).map(name).join(', ')})`).join('; ') : 'none'}`);
const thirdParty = weights.flatMap((w) => w.thirdParty);
console.log(`Requests to other hosts: ${thirdParty.length ? thirdParty.join(', ') : 'none'}`);
const guidance = weights.filter((w) => w.path.startsWith('guidance/'));
const heaviest = guidance.reduce((a, b) => (a.html.gzip + a.css.gzip >= b.html.gzip + b.css.gzip ? a : b));
console.log(`Heaviest guidance page: ${heaviest.path}, HTML+CSS ${kb(heaviest.html.gzip + heaviest.css.gzip)} gzip (budget 25 KB)`);

console.log(
  precache
    ? `First visit with the service worker on: ${precache.files} more files (${kb(precache.bytes)} as sent) precached in the background`
    : 'No service worker (offline switched off, or it did not start).',
);

writeFileSync('bench/weight.json', `${JSON.stringify({ machine: machine(await browserProgram()), site: DIST, precache, pages: weights }, null, 2)}\n`);
console.log('\nwrote bench/weight.json');
