/**
 * Search quality: every query in tests/search/queries.json, typed into the search page of the built site
 * as a reader would, must put an acceptable page in the top 3 for at least 90 % of the set.
 * tests/search/holdout.json was written after the ranking was tuned on queries.json and is never tuned
 * against: it shows how the search does on questions it has not seen (a floor of 75 % catches a collapse).
 * Prints the scores and the misses, so the figures can be reported (`npm run test:search`).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../support/browser.ts';
import { builtPages, useBrowserAndSite } from '../support/site.ts';
import { resultPaths } from './search-page.ts';

interface Query {
  q: string;
  kind: string;
  /** Acceptable answers: a guidance slug, "c/<ID>" for a statement page, "sheets/<domain>" or "framework/<domain>". */
  expect: string[];
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Query[];
const queries = read('tests/search/queries.json');
const holdout = read('tests/search/holdout.json');
/** Questions on the topics added for "Guidance staff can trust", written before those pages existed. */
const newTopics = read('tests/search/new-topics.json');
/** More on those topics, written at the same time and never tuned against. */
const newTopicsHoldout = read('tests/search/new-topics-holdout.json');
/**
 * Questions from real situations in eight settings, written before the search learnt section questions. It
 * was the untouched test set until its misses were studied to make the ranking generalise (word nearness);
 * it is a tuning set now.
 */
const situations = read('tests/search/situations.json');
/**
 * 96 more situations, written before the ranking learnt word nearness by someone who saw neither the search
 * code nor the hidden section questions. It was the untouched test set until its misses were studied (the
 * disclosure rule came from two of them); it is a tuning set now.
 */
const situations2 = read('tests/search/situations-2.json');
/**
 * 109 more situations, written before the disclosure rule and the wider thesaurus by someone who saw neither the
 * search code, the hidden section questions nor the misses of the other sets. It was the untouched test set until
 * its misses were studied for the situations file; it is a tuning set now.
 */
const situations3 = read('tests/search/situations-3.json');
/**
 * 130 more, written blind in the same way before the situations file. Scored once untouched (77.7 %), then its
 * misses were studied (the framework's names, more harm words): a tuning set now.
 */
const situations4 = read('tests/search/situations-4.json');
/**
 * 120 more, from the eight settings, written blind in the same way. Scored once untouched (83.3 %), the test set
 * for a session; its misses were then studied (long typos, "tips"): a tuning set now.
 */
const situations5 = read('tests/search/situations-5.json');
/**
 * 120 more, written the same way, with a few trainers' searches for the framework. Scored once untouched (86.7 %),
 * then studied: its framework queries were given the framework's and sheets' pages as answers too (the writer had
 * only the guidance pages to choose from). A tuning set now.
 */
const situations6 = read('tests/search/situations-6.json');
/**
 * 120 more, written blind in the same way. Scored once untouched (84.2 %); its misses were then studied, and
 * shorter typos learnt from them ("consnet"). A tuning set now.
 */
const situations7 = read('tests/search/situations-7.json');
/**
 * 120 more, written blind for the next search change by someone who saw only the list of pages and headings:
 * the untouched test set. Scored once before and once after that session's change (88.3 % both times), score
 * only; its misses are printed only if it falls below its floor. Never tune on it: when its misses are studied,
 * write the next.
 */
const situations8 = read('tests/search/situations-8.json');
const TARGET = 0.9;
/**
 * A floor for the untouched test set, so a collapse fails the build. The aim is 95 %, not yet reached
 * (it scores 88 %; the figure is printed), and raising the floor is the way to record progress: never tune on this set.
 */
const TEST_FLOOR = 0.8;
/**
 * The situations sets now tuned on (82 % to 91 %) must not fall back far from where the nearness ranking, the
 * thesaurus and the situations file took them; a few queries below, so one result that moves does not fail the build.
 */
const SITUATIONS_FLOOR = 0.78;
const HOLDOUT_FLOOR = 0.75;

/** The path below the base of an acceptable answer. */
export function answerPath(answer: string): string {
  return /^(c|sheets|framework)\//.test(answer) ? `${answer}/` : `guidance/${answer}/`;
}

describe('the query sets', () => {
  it('hold at least 60 queries, each with answers that are built pages', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const pages = new Set(builtPages());
    for (const { q, expect: answers } of [...queries, ...holdout, ...newTopics, ...newTopicsHoldout, ...situations, ...situations2, ...situations3, ...situations4, ...situations5, ...situations6, ...situations7, ...situations8]) {
      expect(q.trim(), 'empty query').not.toBe('');
      expect(answers.length, `no answer for "${q}"`).toBeGreaterThan(0);
      for (const answer of answers) expect(pages.has(answerPath(answer)), `"${q}": no page ${answerPath(answer)}`).toBe(true);
    }
  });
});

/**
 * Runs a set through the search page, a query per tab in several tabs at once (each search waits mostly on
 * loading the page and Pagefind, so tabs overlap well); returns the share with a right page in the top 3, and
 * the misses in the set's order.
 */
async function score(pages: readonly Page[], siteUrl: string, set: Query[]): Promise<{ share: number; report: string; misses: string[] }> {
  const tops: string[][] = [];
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      for (let i = next++; i < set.length; i = next++) tops[i] = (await resultPaths(page, siteUrl, set[i]!.q, { again: true })).slice(0, 3);
    }),
  );
  const misses: string[] = [];
  set.forEach(({ q, expect: answers }, i) => {
    const top = tops[i]!;
    if (!top.some((path) => answers.some((a) => answerPath(a) === path)))
      misses.push(`  "${q}" wanted ${answers.join(' | ')}; got ${top.join(', ') || 'nothing'}`);
  });
  const hits = set.length - misses.length;
  const share = hits / set.length;
  return { share, misses, report: `${hits}/${set.length} = ${(share * 100).toFixed(1)} % top 3` };
}

/** Tabs searching at once. */
const TABS = 3;

describe.skipIf(!hasBrowser)('search quality', () => {
  const env = useBrowserAndSite();
  let pages: Page[];
  beforeAll(async () => {
    pages = await Promise.all(Array.from({ length: TABS }, () => env.browser.newPage()));
  });

  it(`puts a right page in the top 3 for at least ${TARGET * 100} % of the queries`, { timeout: 300_000 }, async () => {
    const { share, report, misses } = await score(pages, env.site.url, queries);
    console.log(`Search quality, tests/search/queries.json: ${report}${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });

  it(`does not collapse on the held-out queries (at least ${HOLDOUT_FLOOR * 100} %)`, { timeout: 300_000 }, async () => {
    const { share, report, misses } = await score(pages, env.site.url, holdout);
    console.log(`Search quality, tests/search/holdout.json: ${report}${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
  });

  it(`puts a right page in the top 3 for at least ${TARGET * 100} % of the new-topic queries`, { timeout: 300_000 }, async () => {
    const { share, report, misses } = await score(pages, env.site.url, newTopics);
    console.log(`Search quality, tests/search/new-topics.json: ${report}${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });

  it(`does not collapse on the held-out new-topic queries (at least ${HOLDOUT_FLOOR * 100} %)`, { timeout: 300_000 }, async () => {
    const { share, report, misses } = await score(pages, env.site.url, newTopicsHoldout);
    console.log(`Search quality, tests/search/new-topics-holdout.json: ${report}${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
  });

  it.each([
    ['situations.json', situations],
    ['situations-2.json', situations2],
    ['situations-3.json', situations3],
    ['situations-4.json', situations4],
    ['situations-5.json', situations5],
    ['situations-6.json', situations6],
    ['situations-7.json', situations7],
  ])(`holds the tuned situations set %s (at least ${SITUATIONS_FLOOR * 100} %)`, { timeout: 300_000 }, async (file, set) => {
    const { share, report, misses } = await score(pages, env.site.url, set);
    console.log(`Search quality, tests/search/${file}: ${report}${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(SITUATIONS_FLOOR);
  });

  it(`does not collapse on the untouched test set (at least ${TEST_FLOOR * 100} %)`, { timeout: 300_000 }, async () => {
    const { share, report, misses } = await score(pages, env.site.url, situations8);
    // The score only: its misses, read, would make it a tuning set. They show when the floor fails.
    console.log(`Search quality, tests/search/situations-8.json (untouched): ${report}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(TEST_FLOOR);
  });
});
