/** Everyday questions, typed as staff type them, find the page that answers them in the top 3. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasBrowser, launch } from './browser.ts';
import { serveSite } from './site.ts';
import type { StaticSite } from '../../scripts/static-server.ts';

interface Query {
  q: string;
  expect: string[];
}
const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as Query[];

/** Runs a search through the search page, as a reader would, and returns the result paths in order. */
export async function search(page: Page, siteUrl: string, q: string): Promise<string[]> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Searching');
  });
  return page.$$eval('.results > li > h2 > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.skipIf(!hasBrowser)('search', () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serveSite()]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('keeps at least 10 realistic queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
  });

  it.each(queries)('"$q" finds the right page in the top 3', async ({ q, expect: wanted }) => {
    const base = new URL(site.url).pathname;
    const top = (await search(page, site.url, q)).slice(0, 3);
    const hit = top.some((path) => wanted.some((slug) => path === `${base}guidance/${slug}/`));
    expect(hit, `top 3 for "${q}": ${top.join(', ') || 'nothing'}`).toBe(true);
  });

  it('fills the search box with the query and announces the count', async () => {
    await search(page, site.url, 'gift');
    expect(await page.inputValue('#search-page-input')).toBe('gift');
    expect(await page.textContent('[role="status"]')).toMatch(/^\d+ results? for “gift”$/);
  });

  it('says so plainly when nothing matches', async () => {
    const results = await search(page, site.url, 'xylophone');
    expect(results).toEqual([]);
    expect(await page.textContent('[role="status"]')).toContain('No results for “xylophone”');
  });
});
