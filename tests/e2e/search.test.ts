/**
 * The search page as readers use it: the count announced in a live region, the type of each result,
 * excerpts and matching headings, "Did you mean", help when nothing matches, filters kept in the address,
 * the keyboard. How well it ranks is tests/e2e/search-quality.test.ts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { builtPages, DIST, useBrowserAndSite } from '../support/site.ts';
import { RESULTS_PER_PAGE } from '../../src/core/search/results.ts';

const RESULT_LINKS = '[data-search-results] > li > h2 > a';

/** Waits until the search has finished and its status is announced. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Searching');
  });
  return (await page.textContent('[data-search-status]')) ?? '';
}

async function open(page: Page, siteUrl: string, params: string): Promise<string> {
  await page.goto(`${siteUrl}search/?${params}`);
  return settled(page);
}

describe('search JavaScript stays on the search page', () => {
  it('no other page refers to the search page scripts', () => {
    const srcs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    // Scripts every page shares (the service-worker registration) are not search scripts.
    const shared = new Set(srcs(`${DIST}/index.html`));
    const scripts = srcs(`${DIST}/search/index.html`).filter((src) => !shared.has(src));
    expect(scripts.length).toBeGreaterThan(0);
    for (const page of builtPages().filter((p) => p !== 'search/')) {
      const html = readFileSync(`${DIST}/${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
      for (const src of scripts) expect(html.includes(src), `${page} loads ${src}`).toBe(false);
      expect(html.includes('pagefind/pagefind'), `${page} loads Pagefind`).toBe(false);
    }
  });
});

describe.skipIf(!hasBrowser)('the search page', () => {
  const env = useBrowserAndSite();
  let page: Page;
  beforeAll(async () => {
    page = await env.browser.newPage();
  });

  it('fills the search box with the query and announces the count in a live region', async () => {
    const status = await open(page, env.site.url, 'q=gift');
    expect(await page.inputValue('#search-page-input')).toBe('gift');
    // "At least" while some domains' statements are still to be expanded (README, Search).
    expect(status).toMatch(/^(At least )?\d+ results? for “gift”\.$/);
    expect(await page.getAttribute('[data-search-status-region]', 'role')).toBe('status');
    expect(await page.isChecked('input[name="type"][value=""]')).toBe(true);
  });

  it('shows each result with its type, a highlighted excerpt and the headings that match', async () => {
    await open(page, env.site.url, 'q=gift');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2 a').textContent()).toBe('Money, gifts, wills and property');
    expect(await first.locator('.result-type').textContent()).toBe('Guidance');
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    const sections = await first.locator('.result-sections a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sections.some((href) => href.endsWith('/guidance/money-gifts-and-property/#gifts'))).toBe(true);
    // No excerpt repeats the heading its link already says.
    const repeats = await page.$$eval('[data-search-results] li:has(> a, > h2)', (items) =>
      items.flatMap((li) => {
        const link = li.querySelector(':scope > a, :scope > h2 > a')?.textContent?.trim() ?? '';
        const text = li.querySelector(':scope > p:not(.result-type)')?.textContent?.trim() ?? '';
        // As Pagefind writes it: the heading, then a full stop unless it ends with its own punctuation.
        const opening = /[.:?!]$/.test(link) ? link : `${link}.`;
        return link && text.startsWith(opening) ? [`${link} | ${text}`] : [];
      }),
    );
    expect(repeats).toEqual([]);
  });

  it('shows a competency by its statement, with its id and domain', async () => {
    await open(page, env.site.url, 'q=BND-43');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/\/c\/BND-43\/$/);
    expect(await first.locator('h2 a').textContent()).toMatch(/^I follow my organisation's gifts policy/);
    expect(await first.locator('.result-type').textContent()).toBe('Competency BND-43 · Professional boundaries');
  });

  it('lists the statements a domain page matches as results of their own, each at its permanent address', async () => {
    await open(page, env.site.url, 'q=gift&type=competency');
    const statement = page.locator('[data-search-results] > li', { has: page.locator('h2 a[href*="/c/BND-"]') }).first();
    const href = (await statement.locator('h2 a').getAttribute('href'))!;
    const id = /\/c\/(BND-\d\d)\/$/.exec(href)?.[1];
    expect(id, href).toBeTruthy();
    expect(await statement.locator('.result-type').textContent()).toBe(`Competency ${id} · Professional boundaries`);
    // The statement is the link, with the matching words marked; the excerpt says who it is for, not the statement again.
    expect(await statement.locator('h2 a').textContent()).toMatch(/^(I|When) .*gift/i);
    expect(await statement.locator('h2 a mark').count()).toBeGreaterThan(0);
    expect(await statement.locator('.result-excerpt').textContent()).toMatch(/^For (all staff|leaders and supervisors)\.$/);
    const paths = await page.$$eval(RESULT_LINKS, (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(paths.filter((href) => /\/framework\/[a-z-]+\/#/.test(href))).toEqual([]);
  });

  it.each(['supervision', 'person', 'care'])('lists at most three statements from one domain (%s)', async (q) => {
    await open(page, env.site.url, `q=${q}&type=competency`);
    const domains = (await page.locator('.result-type').allTextContents()).filter((t) => /^Competency [A-Z]{3}-\d\d · /.test(t)).map((t) => t.split(' · ')[1]);
    expect(domains.length).toBeGreaterThan(0);
    for (const domain of new Set(domains)) expect(domains.filter((d) => d === domain).length, domain).toBeLessThanOrEqual(3);
  });

  it.each([
    ['bnd43', 'BND-43'],
    ['TRS-10', 'TRS-10'],
    ['what does sup-06 mean', 'SUP-06'],
  ])('finds a statement by its id however it is typed (%s)', async (q, id) => {
    await open(page, env.site.url, `q=${encodeURIComponent(q)}`);
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(new RegExp(`/c/${id}/$`));
    expect(await first.locator('.result-type').textContent()).toMatch(new RegExp(`^Competency ${id} · `));
  });

  it('finds a domain\'s page by its name', async () => {
    await open(page, env.site.url, 'q=professional%20boundaries&type=competency');
    const domain = page.locator('[data-search-results] > li', { has: page.locator('h2 a[href$="/framework/boundaries/"]') });
    expect(await domain.locator('h2').textContent()).toBe('Professional boundaries');
    expect(await domain.locator('.result-type').textContent()).toBe('Competency domain');
  });

  it('counts the results exactly, or as a floor while domains further down are still to be expanded', async () => {
    const status = await open(page, env.site.url, 'q=care');
    const [, floor, count] = /^(At least )?(\d+) results for “care”\.$/.exec(status) ?? [];
    expect(count).toBeDefined();
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator(RESULT_LINKS).count();
      await page.click('[data-search-more]');
      await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector as string).length > (n as number), [RESULT_LINKS, before]);
    }
    const listed = await page.locator(RESULT_LINKS).count();
    if (floor) expect(listed).toBeGreaterThanOrEqual(Number(count));
    else expect(listed).toBe(Number(count));
  });

  it('offers "Did you mean" for a short misspelt word as a link only, and searches for it when followed', async () => {
    // A changed letter: the reader may have meant another word, so it is only offered.
    await open(page, env.site.url, 'q=empethy');
    const suggestion = page.locator('[data-search-suggestion]');
    expect(await suggestion.isVisible()).toBe(true);
    expect(await suggestion.textContent()).toBe('Did you mean empathy?');
    expect(await suggestion.locator('a').getAttribute('href')).toMatch(/search\/\?q=empathy$/);
    await suggestion.locator('a').click();
    await page.waitForURL(/q=empathy$/);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“empathy”'));
    expect(await suggestion.isVisible()).toBe(false);
    const top = await page.$$eval(RESULT_LINKS, (links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(top.some((p) => p.endsWith('/guidance/components/empathy-and-understanding/'))).toBe(true);
  });

  it('searches a long misspelt word as the guide\'s word, and says so', async () => {
    // Dropped, it left "when to break it" to find the wrong pages.
    const status = await open(page, env.site.url, 'q=confidentialty%20when%20to%20break%20it');
    expect(status).toMatch(/results? for “confidentialty when to break it”\.$/);
    const suggestion = page.locator('[data-search-suggestion]');
    expect(await suggestion.textContent()).toBe('Showing results for confidentiality when to break it.');
    expect(await suggestion.locator('a').count()).toBe(0);
    expect(await page.locator(RESULT_LINKS).first().getAttribute('href')).toMatch(/\/guidance\/confidentiality\/$/);
    // A shorter one too, when it is the guide's word with two letters swapped and no other English word.
    await open(page, env.site.url, 'q=easy%20read%20consnet%20form');
    expect(await suggestion.textContent()).toBe('Showing results for easy read consent form.');
    const top = await page.$$eval(RESULT_LINKS, (links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(top.some((p) => p.endsWith('/guidance/consent-and-capacity/'))).toBe(true);
  });

  it('never "corrects" a real word, and never adds a suggestion\'s results to a search that found answers', async () => {
    // "abuse" was once turned into "able"; "bruising" is an English word the guide may not use.
    for (const q of ['abuse', 'bruising']) {
      await open(page, env.site.url, `q=${q}`);
      expect(await page.locator('[data-search-suggestion]').isVisible(), q).toBe(false);
    }
    // A typo next to a word the guide knows: the results are exactly those of that word alone. Neither the
    // suggestion nor the typo (whose fragments Pagefind would match) adds any.
    const typed = await open(page, env.site.url, 'q=gift%20empethy');
    expect(await page.locator('[data-search-suggestion]').textContent()).toBe('Did you mean gift empathy?');
    expect(typed).toMatch(/results? for “gift empethy”\.$/);
    const withTypo = await page.$$eval(RESULT_LINKS, (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(withTypo.length).toBeGreaterThan(0);
    await open(page, env.site.url, 'q=gift');
    expect(await page.$$eval(RESULT_LINKS, (links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual(withTypo);
  });

  it('suggests nothing when the word list cannot be loaded (offline)', async () => {
    const context = await env.browser.newContext();
    const offline = await context.newPage();
    await offline.route('**/search/words/**', (route) => route.abort());
    await offline.goto(`${env.site.url}search/?q=boundries`);
    await settled(offline);
    expect(await offline.locator('[data-search-suggestion]').isVisible()).toBe(false);
    await context.close();
  });

  it('says so plainly when nothing matches, with suggestions and the sections of the guide', async () => {
    const status = await open(page, env.site.url, 'q=xylophone');
    expect(status).toBe('No results for “xylophone”.');
    expect(await page.locator(RESULT_LINKS).count()).toBe(0);
    const help = page.locator('[data-search-help]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('.search-sections a').count()).toBeGreaterThanOrEqual(12);
    expect(await help.locator('a[href$="/what-to-do/"]').textContent()).toBe('quick answers');
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-help-filter]').isVisible()).toBe(false);
  });

  it('filters by type, keeps the filter in the address, and offers to search everything', async () => {
    let status = await open(page, env.site.url, 'q=boundaries&type=competency');
    expect(status).toMatch(/results? for “boundaries” in competencies\.$/);
    expect(await page.isChecked('input[name="type"][value="competency"]')).toBe(true);
    const types = await page.locator('.result-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => t.startsWith('Competency'))).toBe(true);

    // The filters sit in a disclosure after the count.
    expect(await page.locator('[data-search-types] summary').textContent()).toBe('Show: Competencies');
    await page.click('[data-search-types] summary');
    // Guidance pages carry no type filter: they are the pages of no other type.
    await page.check('input[name="type"][value="guidance"]');
    await page.waitForURL(/type=guidance/);
    expect(await settled(page)).toContain('in guidance pages');
    const guidance = await page.locator('.result-type').allTextContents();
    expect(guidance.length).toBeGreaterThan(0);
    expect(guidance.every((t) => t === 'Guidance')).toBe(true);

    if (!(await page.isVisible('input[name="type"][value="sheet"]'))) await page.click('[data-search-types] summary');
    await page.check('input[name="type"][value="sheet"]');
    await page.waitForURL(/type=sheet/);
    status = await settled(page);
    expect(status).toContain('in self-assessment sheets');
    expect(await page.locator('.result-type').allTextContents()).toContain('Self-assessment sheet');

    status = await open(page, env.site.url, 'q=xylophone&type=sheet');
    const everything = page.locator('[data-search-everything]');
    expect(await everything.isVisible()).toBe(true);
    expect(await everything.getAttribute('href')).toMatch(/search\/\?q=xylophone$/);
  });

  it('searches from the keyboard without reloading, keeps the query in the address, and goes back', async () => {
    await open(page, env.site.url, 'q=gift');
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.focus('#search-page-input');
    await page.fill('#search-page-input', 'handover');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=handover/);
    expect(await settled(page)).toContain('“handover”');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    // Focus moves to the count, so the results are what comes next.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-status'))).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“gift”'));
    expect(await page.inputValue('#search-page-input')).toBe('gift');
  });

  it(`shows ${RESULTS_PER_PAGE} results at a time, and moves focus to the first new one`, async () => {
    await open(page, env.site.url, 'q=care');
    expect(await page.locator(RESULT_LINKS).count()).toBe(RESULTS_PER_PAGE);
    await page.focus('[data-search-more]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector as string).length > (n as number), [RESULT_LINKS, RESULTS_PER_PAGE]);
    expect(await page.locator(RESULT_LINKS).count()).toBe(2 * RESULTS_PER_PAGE);
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe(await page.locator(RESULT_LINKS).nth(RESULTS_PER_PAGE).textContent());
  });

  it.each(['q=boundries', 'q=xylophone&type=sheet', 'q=gift&type=competency'])(
    'with results, suggestions or help on screen (%s), axe finds nothing in light or dark mode',
    async (params) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await open(page, env.site.url, params);
        const violations = await axeViolations(page);
        expect(violations, colorScheme).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    },
  );

  it('on a phone (375×667), shows the first result\'s title and the start of its excerpt without scrolling', async () => {
    const phone = await env.browser.newPage({ viewport: { width: 375, height: 667 } });
    for (const q of ['gift', 'a resident offered me money', 'gift confidentalty', 'she told me her son hits her']) {
      await phone.goto(`${env.site.url}search/?q=${encodeURIComponent(q)}`);
      await settled(phone);
      expect(await phone.evaluate(() => scrollY), q).toBe(0);
      const first = phone.locator('[data-search-results] > li').first();
      const title = (await first.locator('h2 a').boundingBox())!;
      expect(title.y + title.height, `${q}: title`).toBeLessThanOrEqual(667);
      // The first line of the excerpt (its top plus one line) is on screen too.
      const excerpt = (await first.locator('.result-excerpt').boundingBox())!;
      const line = await first.locator('.result-excerpt').evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
      expect(excerpt.y + line, `${q}: excerpt`).toBeLessThanOrEqual(667);
      // The filters are one tap away, after the count.
      expect(await phone.isVisible('[data-search-types] summary'), q).toBe(true);
    }
    await phone.close();
  });

  it('when someone tells of harm, says to call 999 if they are in danger now, above the results, and only then', async () => {
    await open(page, env.site.url, 'q=' + encodeURIComponent('resident told me her son hits her'));
    const notice = page.locator('[data-search-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/^If someone is in danger now, call 999\. What to do when someone tells you about harm\.$/);
    const above = await page.evaluate(() =>
      Boolean(document.querySelector('[data-search-notice]')!.compareDocumentPosition(document.querySelector('[data-search-results] > li')!) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    expect(above).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await notice.locator('a').click();
    await page.waitForURL(/\/guidance\/when-someone-tells-you-something-worrying\/#if-someone-is-in-danger-now$/);
    expect(await page.locator('#if-someone-is-in-danger-now').isVisible()).toBe(true);
    // Typed in a hurry too: "slaped" is read as slapped, "hiting" as hitting.
    for (const hurried of ['residnt told me a carer slaped her last night', 'she told me he was hiting her']) {
      await open(page, env.site.url, 'q=' + encodeURIComponent(hurried));
      expect(await notice.isVisible(), hurried).toBe(true);
    }
    // Not for other searches, nor left over from an earlier one.
    await open(page, env.site.url, 'q=gift');
    expect(await notice.isVisible()).toBe(false);
  });

  it('reads in the order it shows: box, count, filters, results; focus lands on the count', async () => {
    await open(page, env.site.url, 'q=gift');
    const order = await page.evaluate(() => {
      const parts = ['#search-page-input', '[data-search-status]', '[data-search-types] summary', '[data-search-results] a'];
      const nodes = parts.map((s) => document.querySelector(s)!);
      return nodes.every((node, i) => i === 0 || nodes[i - 1]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-status'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  });

  it('shows the question a section answers as "Answers: …", linked to that section', async () => {
    await open(page, env.site.url, 'q=journalist%20asking%20questions%20about%20our%20care%20home');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/\/guidance\/confidentiality\/$/);
    const answers = first.locator('.result-answers');
    expect(await answers.textContent()).toMatch(/^Answers: .*[Jj]ournalist/);
    expect(await answers.locator('a').getAttribute('href')).toMatch(/\/guidance\/confidentiality\/#requests-for-information$/);
    // Hidden on the page itself.
    await page.goto(`${env.site.url}guidance/confidentiality/`);
    expect(await page.locator('.section-questions').first().isVisible()).toBe(false);
  });

  it('takes excerpts from the text a reader sees, never from the hidden section questions', async () => {
    const wordsOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    await open(page, env.site.url, 'q=kid%20at%20one%20of%20my%20visits%20said%20his%20dad%20hits%20his%20mum');
    const first = page.locator('[data-search-results] > li').first();
    const excerpts = await first.locator('.result-excerpt, .result-sections p').allTextContents();
    expect(excerpts.length).toBeGreaterThan(1);
    await page.goto(new URL((await first.locator('h2 a').getAttribute('href'))!, env.site.url).href);
    const shown = wordsOf(await page.locator('main').innerText());
    for (const excerpt of excerpts) expect(shown, excerpt).toContain(wordsOf(excerpt));
  });

  it('chooses the excerpt by every word searched, not the one synonym densest in a paragraph', async () => {
    // The disclosure situation adds "disclosure": alone, it drew the excerpt to the whistleblowing law.
    await open(page, env.site.url, 'q=she%20told%20me%20her%20son%20hits%20her');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/\/guidance\/when-someone-tells-you-something-worrying\/$/);
    const excerpt = (await first.locator('.result-excerpt').textContent()) ?? '';
    expect(excerpt).not.toMatch(/Public Interest Disclosure/);
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
  });

  it('without JavaScript, says how to browse instead', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${env.site.url}search/?q=gift`);
    expect(await plain.textContent('main')).toContain('Search needs JavaScript');
    await context.close();
  });
});
