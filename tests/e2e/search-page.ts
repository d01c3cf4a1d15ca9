/** The search page as a reader uses it: type a query, wait for the results, read their addresses. */
import type { Page } from 'playwright-core';

/** Opens /search/?q=… and returns the result paths (below the base) in order, once the search has finished. */
export async function resultPaths(page: Page, siteUrl: string, q: string): Promise<string[]> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Searching');
  });
  const base = new URL(siteUrl).pathname;
  const hrefs = await page.$$eval('[data-search-results] > li > h2 > a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.map((h) => h.slice(base.length));
}
