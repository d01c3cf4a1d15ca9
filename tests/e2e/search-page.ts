/** The search page as a reader uses it: type a query, wait for the results, read their addresses. */
import type { Page } from 'playwright-core';

const finished = () => {
  const text = document.querySelector('[data-search-status]')?.textContent ?? '';
  return text !== '' && !text.startsWith('Searching');
};

/**
 * Opens /search/?q=… and returns the result paths (below the base) in order, once the search has finished.
 * When nothing matched and the page offers "Did you mean …", a reader follows it: so does this (unless
 * `followSuggestion` is false). A suggestion is never followed when the words as typed found something. With
 * `again`, a page already on the search page searches from its box, as a reader's next search does: the page and
 * Pagefind are not loaded again, which makes scoring a whole set about four times quicker.
 */
export async function resultPaths(page: Page, siteUrl: string, q: string, { followSuggestion = true, again = false }: { followSuggestion?: boolean; again?: boolean } = {}): Promise<string[]> {
  if (again && page.url().startsWith(`${siteUrl}search/`)) {
    // A reader's next search, from the box on the results page: the page and Pagefind are loaded already.
    await page.fill('#search-page-input', q);
    await page.press('#search-page-input', 'Enter');
    await page.waitForFunction((typed) => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return !text.startsWith('Searching') && text.includes(`“${typed}”`);
    }, q.trim());
  } else {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(finished);
  }
  if (followSuggestion && (await page.$$('[data-search-results] > li')).length === 0) {
    const suggestion = await page.$('[data-search-suggestion]:not([hidden]) a');
    if (suggestion) {
      const before = await page.textContent('[data-search-status]');
      await suggestion.click();
      await page.waitForFunction((old) => {
        const text = document.querySelector('[data-search-status]')?.textContent ?? '';
        return text !== '' && !text.startsWith('Searching') && text !== old;
      }, before);
    }
  }
  const base = new URL(siteUrl).pathname;
  const hrefs = await page.$$eval('[data-search-results] > li > h2 > a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.map((h) => h.slice(base.length));
}
