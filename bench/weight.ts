/**
 * `npm run bench:weight`: the weight of every page of the built site (dist/, or RAPPORT_DIST). For each
 * page, what Chromium fetched while loading it, from its network log, and the HTML, CSS and JavaScript
 * among that, raw and gzip. Served with gzip as a static host would. Writes bench/weight.json.
 *
 * Run `npm run build` first. The budget for guidance pages is a test: tests/e2e/weight.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST } from '../tests/e2e/site.ts';
import { hasBrowser, launch } from '../tests/e2e/browser.ts';
import { config } from '../src/lib/config.ts';
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
  console.error('bench:weight: needs Chromium (apt-get install -y chromium, or set CHROME_PATH).');
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
try {
  const context = await browser.newContext();
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
} finally {
  await browser.close();
  await host.close();
}

const k = (s: Sizes) => [kb(s.raw), kb(s.gzip)];
console.log(`Page weight of ${DIST}/, ${weights.length} pages, first visit, gzip as a static host sends it.\n`);
console.log(
  table([
    ['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'HTML+CSS gz', 'requests', 'fetched'],
    ...weights.map((w) => [w.path, ...k(w.html), ...k(w.css), ...k(w.js), kb(w.html.gzip + w.css.gzip), w.requests, kb(w.transferred)]),
  ]),
);
const withJs = weights.filter((w) => w.scripts.length);
console.log(`\nPages that load JavaScript: ${withJs.length ? withJs.map((w) => `${w.path} (${w.scripts.map((s) => s.split('/').pop()).join(', ')})`).join('; ') : 'none'}`);
const thirdParty = weights.flatMap((w) => w.thirdParty);
console.log(`Requests to other hosts: ${thirdParty.length ? thirdParty.join(', ') : 'none'}`);
const guidance = weights.filter((w) => w.path.startsWith('guidance/'));
const heaviest = guidance.reduce((a, b) => (a.html.gzip + a.css.gzip >= b.html.gzip + b.css.gzip ? a : b));
console.log(`Heaviest guidance page: ${heaviest.path}, HTML+CSS ${kb(heaviest.html.gzip + heaviest.css.gzip)} gzip (budget 25 KB)`);

writeFileSync('bench/weight.json', `${JSON.stringify({ machine: machine(), site: DIST, pages: weights }, null, 2)}\n`);
console.log('\nwrote bench/weight.json');
