/**
 * Search quality: every query in tests/search/queries.json, typed into the search page of the built site
 * as a reader would, must put an acceptable page in the top 3 for at least 90 % of the set.
 * Prints the score and the misses, so the figure can be reported (`npm run test:search`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasBrowser, launch } from './browser.ts';
import { serveSite } from './site.ts';
import type { StaticSite } from '../../scripts/static-server.ts';

interface Query {
  q: string;
  kind: string;
  /** Acceptable answers: a guidance slug, "c/<ID>" for a statement page, or "sheets/<domain>". */
  expect: string[];
}
const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as Query[];
const TARGET = 0.9;

/** The path below the base of an acceptable answer. */
export function answerPath(answer: string): string {
  return /^(c|sheets)\//.test(answer) ? `${answer}/` : `guidance/${answer}/`;
}

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

describe('the query set', () => {
  it('holds at least 60 queries, each with an answer that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const { q, expect: answers } of queries) {
      expect(q.trim(), 'empty query').not.toBe('');
      expect(answers.length, `no answer for "${q}"`).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!hasBrowser)('search quality', () => {
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

  it(`puts a right page in the top 3 for at least ${TARGET * 100} % of the queries`, { timeout: 300_000 }, async () => {
    const misses: string[] = [];
    for (const { q, expect: answers } of queries) {
      const top = (await resultPaths(page, site.url, q)).slice(0, 3);
      if (!top.some((path) => answers.some((a) => answerPath(a) === path)))
        misses.push(`  "${q}" wanted ${answers.join(' | ')}; got ${top.join(', ') || 'nothing'}`);
    }
    const score = (queries.length - misses.length) / queries.length;
    console.log(
      `Search quality: ${queries.length - misses.length}/${queries.length} = ${(score * 100).toFixed(1)} % top 3` +
        (misses.length ? `\nMisses:\n${misses.join('\n')}` : ''),
    );
    expect(score, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });
});
