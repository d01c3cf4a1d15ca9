/** "What to do if…": reachable from every page, at least 30 answers, each leading to a section that exists. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { hasBrowser } from '../support/browser.ts';
import { DIST, useBrowserAndSite } from '../support/site.ts';
import { resultPaths } from './search-page.ts';

const html = (path: string) => readFileSync(`${DIST}/${path}index.html`, 'utf8');

/** Each link goes to a page of guidance with a heading of that id. */
function expectSections(links: readonly string[]): void {
  const base = new URL('http://x' + links[0]!).pathname.split(/(guidance|local)\//)[0]!;
  for (const link of links) {
    const [path, anchor] = link.slice(base.length).split('#');
    expect(path, link).toMatch(/^(guidance|local)\//);
    expect(anchor, link).toBeTruthy();
    const target = fromHtml(html(path!));
    const ids = new Set<string>();
    const visit = (n: { properties?: Record<string, unknown>; children?: unknown[] }) => {
      if (typeof n.properties?.['id'] === 'string') ids.add(n.properties['id']);
      for (const c of n.children ?? []) visit(c as typeof n);
    };
    visit(target as never);
    expect(ids.has(anchor!), `${link}: no heading with that id`).toBe(true);
  }
}

describe('the quick answers page', () => {
  it('answers at least 30 situations, each linking to a section of a page that has that heading', () => {
    const page = html('what-to-do/');
    const links = [...page.matchAll(/<p class="more">\s*More:\s*<a href="([^"]+)">/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(30);
    expectSections(links);
  });

  it('the home page lists 6 to 8 common situations, each linking straight to a section that exists', () => {
    const list = /<section class="common"[\s\S]*?<h2[^>]*>Common situations<\/h2>\s*<ul>([\s\S]*?)<\/ul>/.exec(html(''));
    expect(list, 'no "Common situations" list on the home page').not.toBeNull();
    const items = [...list![1]!.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a><\/li>/g)];
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeLessThanOrEqual(8);
    // Plain words: short situations, not headings of the guide.
    for (const [, , words] of items) expect(words!.split(/\s+/).length, words).toBeLessThanOrEqual(12);
    expectSections(items.map((m) => m[1]!));
  });

  it('is linked from the header of every page and from the home page, and stays out of the search index', () => {
    expect(html('guidance/confidentiality/')).toMatch(/<nav class="site-nav"[\s\S]*?href="[^"]*what-to-do\/"/);
    expect(html('')).toMatch(/class="quick-link"><a href="[^"]*what-to-do\/"/);
    expect(html('what-to-do/')).not.toContain('data-pagefind-body');
  });
});

describe.skipIf(!hasBrowser)('searching for a quick answer', () => {
  const env = useBrowserAndSite();

  it('leads to the page that explains the situation, not to the list of answers', { timeout: 60_000 }, async () => {
    const page = await env.browser.newPage();
    const found = await resultPaths(page, env.site.url, 'a resident offers me money');
    await page.close();
    expect(found).not.toContain('what-to-do/');
    expect(found.slice(0, 3)).toContain('guidance/money-gifts-and-property/');
  });
});
