/**
 * The organisation's settings and pages as built: brand colour, logo, "who to ask", footer links, local pages,
 * hidden sections and PDF sheets. What is expected comes from the same config and content the build used, so the
 * root build (neutral defaults) and the example organisation under /rapport/ (npm run test:sub) both check it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { axeViolations } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { builtPages, DIST, useBrowserAndSite } from '../support/site.ts';
import { config } from '../../src/data/config.ts';
import { pdfSheets } from '../../src/build/pdf-sheets.ts';
import { brandColours } from '../../src/core/brand.ts';
import { contentDir } from '../../src/data/paths.ts';
import { listFiles } from '../../src/build/files.ts';

const base = config.base;
const pages = builtPages();
const html = (page: string) => readFileSync(`${DIST}/${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
const localDir = `${contentDir}/local`;
const localSlugs = existsSync(localDir) ? listFiles(localDir, ['.mdx']).map((f) => f.slice(localDir.length + 1, -'.mdx'.length)) : [];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe(`organisation settings on every page of ${DIST}/`, () => {
  it('every page says who to ask and carries the footer links', () => {
    const missing = pages.flatMap((page) => {
      const text = html(page);
      return [
        ...(text.includes(escape(config.whoToAsk.text)) ? [] : [`${page}: who to ask`]),
        ...config.footerLinks.filter((l) => !text.includes(`>${escape(l.label)}</a>`)).map((l) => `${page}: footer link ${l.label}`),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('names the organisation, by its short name where space is tight, on the sheets', () => {
    const sheet = html('sheets/all/');
    expect(sheet).toContain(escape(config.organisation.name));
    expect(sheet).toMatch(new RegExp(`running-head[\\s\\S]*?${escape(config.organisation.shortName ?? config.organisation.name)} · `));
  });

  it(`has ${localSlugs.length ? 'a page for each local page, and a list of them' : 'no local pages and no link to them'}`, () => {
    const built = pages.filter((p) => p.startsWith('local/'));
    expect(built.sort()).toEqual(localSlugs.length ? ['local/', ...localSlugs.map((s) => `local/${s}/`)].sort() : []);
    expect(html('').includes(`href="${base}local/"`)).toBe(localSlugs.length > 0);
  });

  it.skipIf(!config.hide.length)('builds no hidden section, and no page links to one', () => {
    for (const entry of config.hide) {
      expect(existsSync(`${DIST}/${entry}/index.html`), entry).toBe(false);
      expect(pages.filter((p) => html(p).includes(`href="${base}${entry}/`)), entry).toEqual([]);
    }
  });
});

describe.skipIf(!hasBrowser)('organisation settings in Chromium', () => {
  const env = useBrowserAndSite();
  let page: Page;
  beforeAll(async () => {
    page = await env.browser.newPage();
  });

  // pages.test.ts checks every page of the root build; these are the pages the organisation's settings change most.
  const samples = ['', 'guidance/drawing-boundaries/', 'sheets/all/', ...(localSlugs.length ? ['local/', `local/${localSlugs[0]}/`] : [])];
  it.each(samples)('%s is valid HTML and axe finds nothing, in light and dark mode', async (path) => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html(path), path || 'index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(env.site.url + path);
      const violations = await axeViolations(page);
      expect(violations, colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('uses the brand colour as the accent, and a readable shade of it in dark mode', async () => {
    const { light, dark } = brandColours(config.brandColour, config.darkBrandColour);
    const accent = () =>
      page.evaluate(() => [
        getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
        getComputedStyle(document.querySelector('main a:not(:visited)')!).color,
      ]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${env.site.url}guidance/drawing-boundaries/`);
    expect(await accent()).toEqual([rgb(light), rgb(light)]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accent()).toEqual([rgb(dark), rgb(dark)]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it(config.organisation.logo ? 'shows the logo in the header' : 'shows no logo when none is set', async () => {
    await page.goto(env.site.url);
    const logos = await page.$$eval('.site-header img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(logos.length).toBe(config.organisation.logo ? 1 : 0);
    for (const width of logos) expect(width).toBeGreaterThan(0);
  });

  it('shows who to ask, with each contact as a link', async () => {
    await page.goto(`${env.site.url}framework/`);
    const block = page.locator('.who-to-ask');
    expect(await block.isVisible()).toBe(true);
    expect(await block.locator('h2').textContent()).toBe(config.whoToAsk.heading);
    const hrefs = await block.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(config.whoToAsk.contacts.length);
    config.whoToAsk.contacts.forEach((c, i) => {
      if (c.phone) expect(hrefs[i]).toBe(`tel:${c.phone.replace(/[^\d+]/g, '')}`);
      if (c.email) expect(hrefs[i]).toBe(`mailto:${c.email}`);
    });
  });

  it.skipIf(!localSlugs.length)('lists local pages with a Local label, links them from every page, and search finds them', async () => {
    const slug = localSlugs[0]!;
    await page.goto(env.site.url);
    await page.click(`.site-nav a[href="${base}local/"]`);
    expect(new URL(page.url()).pathname).toBe(`${base}local/`);
    const title = await page.locator(`main a[href="${base}local/${slug}/"]`).first().textContent();
    expect(await page.locator('main .tag-local').count()).toBe(localSlugs.length);
    await page.goto(`${env.site.url}local/${slug}/`);
    expect(await page.locator('main .tag-local').first().textContent()).toBe('Local');
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.goto(`${env.site.url}search/?q=${encodeURIComponent(title!)}`);
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const hit = page.locator(`.results a[href="${base}local/${slug}/"]`).first();
    expect(await hit.textContent()).toBe(`Local: ${title}`);
  });

  it('links each sheet to its PDF, served under the base, when the build printed them (and to none when not)', async () => {
    await page.goto(`${env.site.url}sheets/`);
    const pdfs = await page.$$eval('main a[href$=".pdf"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    if (!pdfSheets) return expect(pdfs).toEqual([]);
    expect(pdfs.length).toBeGreaterThanOrEqual(2);
    for (const url of pdfs) {
      expect(new URL(url).pathname.startsWith(`${base}sheets/`)).toBe(true);
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
