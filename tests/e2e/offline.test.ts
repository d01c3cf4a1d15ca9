/**
 * Offline: after one visit to the home page the whole guide works with no network (pages, sheets and their
 * PDFs, the framework, search); the manifest passes Chrome's installability checks (the manifest file itself:
 * manifest.test.ts); and a new build waits for the reader's "Reload" rather than mixing two versions.
 * Service workers need a persistent browser profile (launchPersistentContext), so each test makes its own.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser, launch, launchPersistent } from '../support/browser.ts';
import { builtPages, DIST, serveSite } from '../support/site.ts';
import { startStaticServer, type StaticSite } from '../../src/build/static-server.ts';
import { config } from '../../src/data/config.ts';
import { pdfSheets } from '../../src/build/pdf-sheets.ts';
import { ON_VISIT_ONLY, ON_VISIT_TIERS, PRECACHE_MAX_FILE_BYTES, PRECACHE_WARN_BYTES } from '../../src/build/precache.ts';
import { SECURITY_HEADERS } from '../../src/core/security-headers.ts';

const base = config.base;
const PRECACHE_BUDGET = 4 * 1024 * 1024;

/** Stops a server at once, dropping Chromium's keep-alive connections, so nothing can come from the network. */
async function stop(site: StaticSite): Promise<void> {
  const closed = site.close();
  site.server.closeAllConnections();
  await closed;
}

describe('the service worker', () => {
  const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
  const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]+"|null)\}/g)].map((m) => m[1]!);

  // Kinds of file the build left to the visit (statement pages first, then PDFs): only when the site is over budget.
  const left = ON_VISIT_TIERS.filter((tier) => !precached.some((f) => tier.has(f)));

  it('leaves files to the visit only when the site would pass its budget, statement pages first', () => {
    expect(left).toEqual(ON_VISIT_TIERS.slice(0, left.length));
    if (left.length === 0) return;
    const files = (readdirSync(DIST, { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).filter((f) => /\.(html|pdf)$/.test(f));
    const size = (tier: (typeof left)[number]) => files.filter((f) => tier.has(f)).reduce((n, f) => n + readFileSync(`${DIST}/${f}`).length, 0);
    const bytes = precached.reduce((sum, f) => sum + readFileSync(`${DIST}/${f}`).length, 0);
    // Each tier went only because the precache was still over budget with it (and the tiers after it) kept in.
    left.forEach((_, i) => expect(bytes + left.slice(i).reduce((n, t) => n + size(t), 0)).toBeGreaterThan(PRECACHE_WARN_BYTES));
  });

  it('precaches every page, stylesheet, script, sheet PDF and the search index, within budget', () => {
    for (const page of builtPages()) {
      const file = page.endsWith('.html') ? page : `${page}index.html`;
      if (left.some((tier) => tier.has(file))) continue;
      if (ON_VISIT_ONLY.test(file)) {
        expect(precached, page).not.toContain(file);
        continue;
      }
      expect(precached, page).toContain(file);
    }
    for (const file of ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
      expect(precached).toContain(file);
    }
    // The sheet PDFs when this build printed them (src/build/pdf-sheets.ts), and then only.
    if (pdfSheets && !left.some((t) => t.has('sheets/boundaries.pdf'))) expect(precached).toContain('sheets/boundaries.pdf');
    else expect(precached.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    for (const ext of ['.css', '.js', '.pf_index', '.pf_fragment']) expect(precached.some((f) => f.endsWith(ext)), ext).toBe(true);
    // Every page's fragment, so any result shows offline (one per indexed page: statements are on their domain's page).
    const fragments = readdirSync(`${DIST}/pagefind/fragment`).filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(30);
    for (const f of fragments) expect(precached).toContain(`pagefind/fragment/${f}`);
    // Pagefind's own UIs are not used by this site, so they stay out.
    expect(precached.some((f) => f.includes('pagefind-ui'))).toBe(false);
    // Nor the files for learning systems, which are for importing, not reading.
    expect(precached.filter((f) => f === 'framework.case.json' || f === 'framework.moodle.csv' || f.startsWith('badges/'))).toEqual([]);
    const bytes = precached.reduce((sum, f) => sum + readFileSync(`${DIST}/${f}`).length, 0);
    expect(bytes).toBeLessThan(PRECACHE_BUDGET);
  });

  it('ignores the parameters that would make search miss the cache offline', () => {
    expect(sw).toContain('/^ts$/');
    expect(sw).toContain('/^q$/');
  });
});

describe.skipIf(!hasBrowser)('offline in Chromium', () => {
  let context: BrowserContext | undefined;
  let profile: string;
  const problems: string[] = [];

  async function open(): Promise<BrowserContext> {
    profile = mkdtempSync(join(tmpdir(), 'rapport-offline-'));
    context = await launchPersistent(profile);
    return context;
  }

  function watch(page: Page): Page {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    return page;
  }

  async function controlled(page: Page): Promise<void> {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  }

  afterEach(async () => {
    await context?.close();
    context = undefined;
    rmSync(profile, { recursive: true, force: true });
    problems.length = 0;
  });

  it('after one visit to the home page, pages, sheets, the framework and search all work with no network', async () => {
    const site = await serveSite();
    try {
      await offlineVisit(site);
    } finally {
      await stop(site);
    }
  });

  async function offlineVisit(site: StaticSite): Promise<void> {
    const ctx = await open();
    const page = watch(ctx.pages()[0] ?? (await ctx.newPage()));
    await page.goto(site.url);
    await controlled(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${site.url}sw.js`);
    // Chrome fetches the manifest's icon after load; cutting the network under it would fail that request.
    await page.waitForLoadState('networkidle');

    await ctx.setOffline(true);
    await stop(site); // and no server either: nothing can come from the network

    const visits: [string, RegExp][] = [
      ['guidance/confidentiality/', /confidential/i],
      ['sheets/boundaries/', /boundaries/i],
      ['framework/', /framework/i],
    ];
    for (const [path, heading] of visits) {
      const response = await page.goto(site.url + path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(response?.status(), path).toBe(200);
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 5_000 }).toMatch(heading);
      // Its stylesheet came from the cache too.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('');
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    }

    // The sheet's PDF is there to download offline when the build printed and precached it; a site over budget
    // leaves PDFs to the visit, and then one never opened says so (its sheet's page prints the same sheet).
    if (pdfSheets) {
      const pdf = await page.evaluate(async (url) => {
        const r = await fetch(url);
        return { status: r.status, head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)) };
      }, `${site.url}sheets/boundaries.pdf`);
      const precachedPdf = readFileSync(`${DIST}/sw.js`, 'utf8').includes('"sheets/boundaries.pdf"');
      expect(pdf).toEqual({ status: 200, head: precachedPdf ? '%PDF-' : '<!DOC' });
    }

    // Search: the page, Pagefind's script, worker, WebAssembly, index and fragments all come from the cache.
    await page.goto(`${site.url}search/?q=gift`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/\d+ results? for “gift”/);
    const first = page.locator('[data-search-results] a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('h1').count()).toBe(1);

    // An address that is not in the site gets the site's own "not found" page, not the browser's error.
    await page.goto(`${site.url}no-such-page/`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');

    // The start address is controlled by the worker, so the installed app opens offline.
    await page.goto(site.url);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    expect(problems).toEqual([]);
  }

  it('passes Chrome’s own installability checks', async () => {
    const site = await serveSite();
    try {
      const ctx = await open();
      const page = watch(ctx.pages()[0] ?? (await ctx.newPage()));
      await page.goto(site.url);
      await controlled(page);
      const cdp = await ctx.newCDPSession(page);
      const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
      expect(errors).toEqual([]);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await stop(site);
    }
  });

  describe('a new build', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'rapport-dist-'));
      cpSync(DIST, copy, { recursive: true });
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('waits for the reader to reload, so pages never mix two builds', async () => {
      let site = await startStaticServer({ dir: copy, base });
      try {
        const ctx = await open();
        const page = watch(ctx.pages()[0] ?? (await ctx.newPage()));
        await page.goto(site.url);
        await controlled(page);

        // Publish a new build: one page changes and the worker is regenerated from the new files. The server
        // restarts on the same address, as a deploy would (sirv reads file sizes and ETags at start-up).
        const file = join(copy, 'guidance/confidentiality/index.html');
        const old = readFileSync(file, 'utf8');
        const changed = old.replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>Confidentiality, second edition</h1>');
        expect(changed).not.toBe(old);
        writeFileSync(file, changed);
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/offline.ts'], { env: { ...process.env, RAPPORT_DIST: copy } });
        const port = new URL(site.url).port;
        await stop(site);
        site = await startStaticServer({ dir: copy, base, port: Number(port) });

        // Next visit: the browser finds the new worker; the reader is told, and still sees the old build.
        await page.goto(`${site.url}guidance/confidentiality/`);
        const notice = page.locator('[data-update-notice]');
        await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('This guide has been updated.');
        expect(await notice.getAttribute('role')).toBe('status');
        expect(await page.locator('h1').textContent()).not.toContain('second edition');
        await page.goto(`${site.url}guidance/confidentiality/`);
        expect(await page.locator('h1').textContent()).not.toContain('second edition');
        // The notice comes back on the next page, as long as the new version waits.
        await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('This guide has been updated.');

        // "Reload": the new worker takes over and the page reloads from the new build.
        await notice.getByRole('button', { name: 'Reload' }).click();
        await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toContain('second edition');
        expect(await notice.textContent()).toBe('');
        expect(problems).toEqual([]);
      } finally {
        await stop(site);
      }
    });
  });
});

describe.skipIf(!hasBrowser)('a site too large to precache whole', () => {
  // A very large guide makes whole-guide pages over Workbox's 2 MB limit, and its thousands of statement pages
  // take the precache past its 5 MB budget (bench/README.md). Here two pages of the real site are padded past the
  // limit, three downloads of 1.8 MB take the rest past the budget, and the offline step is run again on the copy.
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'rapport-large-'));
    cpSync(DIST, copy, { recursive: true });
    for (const page of ['print/index.html', 'framework/coverage/index.html']) {
      const file = join(copy, page);
      writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', `<!-- ${'x'.repeat(PRECACHE_MAX_FILE_BYTES)} --></body>`));
    }
    for (const name of ['a', 'b', 'c']) writeFileSync(join(copy, `padding-${name}.bin`), 'x'.repeat(Math.ceil(PRECACHE_WARN_BYTES / 3)));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/offline.ts'], { env: { ...process.env, RAPPORT_DIST: copy }, stdio: 'pipe' });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('keeps large pages and statement pages once opened online; offline, one never opened says it is not saved yet', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'rapport-offline-'));
    const context = await launchPersistent(profile);
    // As deploy/nginx.conf sends pages: revalidated every time, so offline only the worker's cache can answer.
    const site = await startStaticServer({ dir: copy, base, headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' } });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(site.url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await page.goto(`${site.url}print/`);
      const title = await page.locator('h1').textContent();
      await page.goto(`${site.url}c/BND-03/`);
      const statement = await page.locator('h1').textContent();

      await context.setOffline(true);
      await stop(site);
      const response = await page.goto(`${site.url}print/`);
      expect(response?.fromServiceWorker()).toBe(true);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(title);
      await page.goto(`${site.url}c/BND-03/`);
      expect(await page.locator('h1').textContent()).toBe(statement);
      for (const never of ['framework/coverage/', 'c/BND-04/']) {
        await page.goto(`${site.url}${never}`);
        expect(await page.locator('h1').textContent(), never).toBe('Not saved on this device yet');
      }
      // Guidance is precached all the same.
      await page.goto(`${site.url}guidance/drawing-boundaries/`);
      expect(await page.locator('h1').textContent()).toBe('Drawing and keeping boundaries');
    } finally {
      await context.close();
      await stop(site).catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasBrowser)('without service workers', () => {
  // Plain http on a real host name has no navigator.serviceWorker; Firefox throws when a site may not store data.
  const blockers = {
    'absent (plain http)': () => Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }),
    'throwing (storage blocked)': () =>
      Object.defineProperty(Navigator.prototype, 'serviceWorker', {
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
  };

  it.each(Object.keys(blockers))('a guidance page still works, silently, with service workers %s', async (name) => {
    const [browser, site] = await Promise.all([launch(), serveSite()]);
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.addInitScript(blockers[name as keyof typeof blockers]);
      await page.goto(`${site.url}guidance/confidentiality/`, { waitUntil: 'networkidle' });
      expect(await page.locator('h1').textContent()).toMatch(/confidential/i);
      expect(await page.locator('[data-update-notice]').textContent()).toBe('');
      expect(page.context().serviceWorkers()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await stop(site);
    }
  });
});
