/**
 * My self-assessment, reflective log and supervision prep, in Chromium against the built site: answers stay
 * on the device, survive reloads, exports, imports, bad files and framework changes, and the whole form
 * works by keyboard. Each test gets a fresh browser context, so a fresh, empty localStorage.
 */
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { hasBrowser, launchPersistent } from '../support/browser.ts';
import { DIST, useBrowserAndSite } from '../support/site.ts';
import { RATING_CODES } from '../../src/core/ratings.ts';

const KEY = 'rapport-self-assessment';
const PAGES = ['self-assessment/', 'self-assessment/print/', 'self-assessment/reflections/', 'self-assessment/supervision/'];
const BUDGET = 15 * 1024;
/** The framework version this build publishes: saved answers and exports carry it. */
const VERSION = (JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as { version: string }).version;

/** A saved document as an older device or an older framework left it. */
function seeded(answers: Record<string, { rating?: string; note?: string }>, extra: Record<string, unknown> = {}) {
  return {
    kind: 'rapport-self-assessment',
    schema: 1,
    framework: { title: 'Rapport competency framework', version: '0.9.0' },
    savedAt: '2026-01-15T09:00:00.000Z',
    details: { name: 'Sam Example' },
    answers,
    plan: [],
    reflections: [],
    ...extra,
  };
}

/** The offline part runs once the site has a service worker (the offline work lands separately). */
function registersServiceWorker(): boolean {
  if (existsSync(join(DIST, 'sw.js'))) return true;
  const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => /\.(js|html)$/.test(f) && !f.startsWith('pagefind'));
  return files.some((f) => /navigator\.serviceWorker|serviceWorker\.register/.test(readFileSync(join(DIST, f), 'utf8')));
}
const hasServiceWorker = hasBrowser && registersServiceWorker();
if (hasBrowser && !hasServiceWorker)
  console.warn('Skipping the offline self-assessment test: dist/ has no service worker (no sw.js, no registration) yet; it arrives with the offline work.');

describe.skipIf(!hasBrowser)('my self-assessment', () => {
  const env = useBrowserAndSite();

  /** A page in a fresh context; console errors and failed requests are collected to assert on. */
  async function open(path: string, seed?: unknown): Promise<Page & { problems: string[] }> {
    const page = Object.assign(await env.browser.newPage(), { problems: [] as string[] });
    page.on('console', (m) => m.type() === 'error' && page.problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()}`));
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    if (seed !== undefined) {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(seed)]);
      await page.reload({ waitUntil: 'networkidle' });
    }
    return page;
  }
  const saved = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
  /** Waits until the debounced save has written what the test typed. */
  const savedWhen = (page: Page, test: string) =>
    page.waitForFunction(([k, t]) => (localStorage.getItem(k!) ?? '').includes(t!), [KEY, test], { timeout: 5000 });
  const rating = (page: Page, id: string, label: string) => page.locator(`#q-${id}`).getByLabel(label, { exact: true }).click();
  /** Waits for the page to say it has finished (dialogs close asynchronously). */
  const status = (page: Page, text: string) =>
    page.waitForFunction((t) => document.querySelector('[data-status]')?.textContent?.includes(t), text, { timeout: 5000 });
  const axe = (page: Page) => axeViolations(page);
  async function exportFile(page: Page): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my answers' }).click()]);
    return readFileSync((await download.path())!, 'utf8');
  }
  const importFile = (page: Page, name: string, text: string) =>
    page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('saves answers as you go, brings them back after a reload, and makes no request while answering', async () => {
    const page = await open('self-assessment/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await rating(page, 'BND-43', 'Good');
    await rating(page, 'BND-04', 'New to me');
    await rating(page, 'BND-04', 'Needs refresh');
    await page.locator('#note-BND-43').pressSequentially('Said no to a tenner');
    await page.locator('#detail-name').fill('Sam Example');
    await page.locator('#plan-1-what').fill('Read the gifts policy');
    await savedWhen(page, 'Read the gifts policy');
    await savedWhen(page, 'Said no to a tenner');
    expect(requests).toEqual([]);
    expect(await page.locator('[data-progress="boundaries"]').first().textContent()).toBe('2');
    expect(await page.locator('[data-progress-total]').textContent()).toBe('2');

    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#q-BND-43 input[value="good"]').isChecked()).toBe(true);
    expect(await page.locator('#q-BND-04 input[value="refresh"]').isChecked()).toBe(true);
    expect(await page.locator('#q-BND-04 input[value="new"]').isChecked()).toBe(false);
    expect(await page.locator('#note-BND-43').inputValue()).toBe('Said no to a tenner');
    expect(await page.locator('#detail-name').inputValue()).toBe('Sam Example');
    expect(await page.locator('#plan-1-what').inputValue()).toBe('Read the gifts policy');
    expect((await saved(page)).answers).toEqual({ 'BND-43': { rating: 'good', note: 'Said no to a tenner' }, 'BND-04': { rating: 'refresh' } });
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('on a phone: one domain per screen with Next and Previous, "Saved on this device" after each change, notes that grow', async () => {
    const page = Object.assign(await env.browser.newPage({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }), { problems: [] as string[] });
    page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
    await page.goto(env.site.url + 'self-assessment/', { waitUntil: 'networkidle' });
    const domains = await page.locator('section.sa-domain').count();
    const visibleDomains = () => page.locator('section.sa-domain:visible h2').allTextContents();
    const first = await visibleDomains();
    expect(first).toHaveLength(1);
    expect(domains).toBeGreaterThan(1);

    // The warning about shared devices, private windows and clearing data, with the export beside it.
    const warning = page.locator('.sa-warning');
    expect(await warning.textContent()).toMatch(/shared device[\s\S]*private[\s\S]*browser data/);
    expect(await warning.getByRole('button', { name: 'Export my answers' }).isVisible()).toBe(true);
    // "Clear all" comes after every question, not before the first.
    expect(
      await page.evaluate(() => {
        const clear = document.querySelector('[data-clear]')!;
        const last = [...document.querySelectorAll('fieldset[data-statement]')].at(-1)!;
        return !!(last.compareDocumentPosition(clear) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);

    // Rate the first statement on screen: the change is saved and said, politely.
    const firstQuestion = page.locator('fieldset[data-statement]:visible').first();
    const firstId = await firstQuestion.getAttribute('data-statement');
    await firstQuestion.getByLabel('Good', { exact: true }).click();
    const savedMessage = page.locator('[data-saved]');
    expect(await savedMessage.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => document.querySelector('[data-saved]')?.textContent === 'Saved on this device', undefined, { timeout: 5000 });
    expect(await savedMessage.isVisible()).toBe(true);
    expect((await saved(page)).answers[firstId!]).toEqual({ rating: 'good' });

    // Typing a note: saved and said again, and the box grows with the text.
    const note = firstQuestion.locator('textarea');
    const before = (await note.boundingBox())!.height;
    await page.evaluate(() => (document.querySelector('[data-saved]')!.textContent = ''));
    await note.fill('One line\nTwo lines\nThree lines\nFour lines\nFive lines\nSix lines');
    await savedWhen(page, 'Six lines');
    await page.waitForFunction(() => document.querySelector('[data-saved]')?.textContent === 'Saved on this device', undefined, { timeout: 5000 });
    expect((await note.boundingBox())!.height).toBeGreaterThan(before * 1.5);

    // Each statement links straight to a section of a guidance page.
    expect(await firstQuestion.locator('a.sa-guide').getAttribute('href')).toMatch(/\/(guidance|local)\/[^#]+\/#[a-z0-9-]+$/);

    // "Next domain" shows the next one alone, its heading focused; "Previous domain" goes back.
    await page.locator('section.sa-domain:visible').getByRole('button', { name: /^Next domain/ }).click();
    const second = await visibleDomains();
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    expect(await page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent)).toBe(`H2 ${second[0]}`);
    await page.locator('section.sa-domain:visible').getByRole('button', { name: /^Previous domain/ }).click();
    expect(await visibleDomains()).toEqual(first);

    // The progress list reaches any domain, hidden or not.
    const lastLink = page.locator('.sa-progress a').last();
    const lastTitle = await lastLink.textContent();
    await lastLink.click();
    expect(await visibleDomains()).toEqual([lastTitle]);
    expect(await page.locator('section.sa-domain:visible').getByRole('button', { name: /^Next domain/ }).count()).toBe(0);

    // No sideways scrolling, and the page still passes axe.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axe(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('on a wide screen shows every domain, with no domain buttons', async () => {
    const page = await open('self-assessment/');
    const domains = await page.locator('section.sa-domain').count();
    expect(await page.locator('section.sa-domain:visible').count()).toBe(domains);
    expect(await page.locator('[data-go]:visible').count()).toBe(0);
    await page.close();
  });

  it('only loads files from this site on any of its pages', async () => {
    for (const path of PAGES) {
      const page = await env.browser.newPage();
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url()));
      await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
      expect(urls.filter((u) => !u.startsWith(new URL(env.site.url).origin))).toEqual([]);
      await page.close();
    }
  });

  it('export, clear, import gives back exactly the same answers and reflections', async () => {
    const page = await open('self-assessment/reflections/');
    await page.locator('#r-title').fill('A gift at the end of a visit');
    await page.locator('#r-description').fill('She offered me money.\nI said no kindly.');
    await savedWhen(page, 'I said no kindly');
    await page.goto(`${env.site.url}self-assessment/`, { waitUntil: 'networkidle' });
    await rating(page, 'EMP-02', 'Adequate');
    await rating(page, 'BND-43', 'Good');
    await page.locator('#note-EMP-02').fill('Ask my senior about it');
    await savedWhen(page, 'Ask my senior');
    const before = await saved(page);

    const file = await exportFile(page);
    const exported = JSON.parse(file);
    expect(exported.framework.version).toBe(VERSION);
    expect(exported.kind).toBe('rapport-self-assessment');
    expect(exported.reflections[0].stages.description).toBe('She offered me money.\nI said no kindly.');

    await page.getByRole('button', { name: 'Clear all my answers' }).click();
    const dialog = page.locator('dialog[data-confirm]');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('2 answers and 1 reflection');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await status(page, 'cleared');
    expect(await saved(page)).toBeNull();
    expect(await page.locator('#q-EMP-02 input:checked').count()).toBe(0);
    expect(await page.locator('#note-EMP-02').inputValue()).toBe('');

    await importFile(page, 'my-self-assessment.json', file);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('Imported'));
    expect(await saved(page)).toEqual(before);
    expect(await page.locator('#q-EMP-02 input[value="adequate"]').isChecked()).toBe(true);
    expect(await page.locator('#note-EMP-02').inputValue()).toBe('Ask my senior about it');

    // Importing over answers asks first; "Keep what is here" keeps them.
    const other = { ...exported, answers: { 'BND-01': { rating: 'new' } }, reflections: [] };
    await importFile(page, 'other.json', JSON.stringify(other));
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('This device has 2 answers and 1 reflection');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep what is here' }).click();
    await status(page, 'Nothing was imported');
    expect(await saved(page)).toEqual(before);

    await importFile(page, 'other.json', JSON.stringify(other));
    await page.getByRole('button', { name: 'Replace with the file' }).click();
    await status(page, 'Imported 1 answer from “other.json”');
    expect((await saved(page)).answers).toEqual({ 'BND-01': { rating: 'new' } });
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('refuses a corrupt, a foreign, a damaged and a future-version file with a message, and loses nothing', async () => {
    const page = await open('self-assessment/');
    await rating(page, 'CNF-01', 'Needs refresh');
    await page.locator('#note-CNF-01').fill('Check the policy');
    await savedWhen(page, 'Check the policy');
    const before = await saved(page);
    const good = JSON.parse(await exportFile(page));
    const alert = page.locator('[data-alert]');

    const cases: [string, string, string][] = [
      ['cut-short.json', JSON.stringify(good).slice(0, 80), '“cut-short.json” could not be read: it is not a complete JSON file'],
      ['shopping.json', '{"eggs": 6, "milk": "semi-skimmed"}', '“shopping.json” is not a self-assessment file from this site'],
      ['edited.json', JSON.stringify({ ...good, answers: { 'CNF-01': { rating: 'excellent' } } }), '“edited.json” is damaged or has been edited: “answers › CNF-01 › rating” is not valid'],
      ['from-the-future.json', JSON.stringify({ ...good, schema: 2 }), '“from-the-future.json” was saved by a newer version of this site (file format 2; this site reads format 1)'],
    ];
    for (const [name, text, message] of cases) {
      await importFile(page, name, text);
      await page.waitForFunction((m) => document.querySelector('[data-alert]')?.textContent?.includes(m), message);
      expect(await alert.textContent()).toContain('Your answers on this device have not been changed.');
      expect(await page.locator('dialog[data-confirm]').isVisible()).toBe(false);
      expect(await saved(page)).toEqual(before);
      expect(await page.locator('#q-CNF-01 input[value="refresh"]').isChecked()).toBe(true);
    }
    expect(await axe(page)).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await saved(page)).toEqual(before);
    expect(await page.locator('#note-CNF-01').inputValue()).toBe('Check the policy');
    await page.close();
  });

  it('never overwrites saved data it cannot read', async () => {
    const page = await open('self-assessment/', { ...seeded({ 'BND-43': { rating: 'good' } }), schema: 7 });
    const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
    expect(await page.locator('[data-alert]').textContent()).toContain('saved by a newer version of this site');
    await rating(page, 'BND-01', 'Good');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(stored);
    // Export hands back exactly what is stored, so it can be rescued.
    expect(await exportFile(page)).toBe(stored);
    await page.close();
  });

  it('keeps answers to a retired statement when the framework changes, and shows them apart', async () => {
    const page = await open(
      'self-assessment/',
      seeded({ 'BND-90': { rating: 'adequate', note: 'From my old paper sheet' }, 'ZZZ-01': { rating: 'good' }, 'BND-43': { rating: 'good' } }),
    );
    const earlier = page.locator('[data-earlier]');
    expect(await earlier.isVisible()).toBe(true);
    expect(await earlier.locator('h2').textContent()).toBe('From an earlier version of the framework');
    const retired = earlier.locator('[data-retired="BND-90"]');
    expect(await retired.isVisible()).toBe(true);
    expect(await retired.textContent()).toContain('I never accept any gift from anyone I support.');
    expect(await retired.textContent()).toContain('Your rating: Adequate. Your note: From my old paper sheet');
    expect(await earlier.textContent()).toContain(`ZZZ-01 This statement is not in version ${VERSION} of the framework on this site.`);
    expect(await earlier.locator('li:visible').count()).toBe(2);
    expect(await axe(page)).toEqual([]);

    // Answering under the new framework keeps the old answers.
    await rating(page, 'BND-01', 'Adequate');
    await page.reload({ waitUntil: 'networkidle' });
    const doc = await saved(page);
    expect(doc.framework.version).toBe(VERSION);
    expect(doc.answers['BND-90']).toEqual({ rating: 'adequate', note: 'From my old paper sheet' });
    expect(doc.answers['ZZZ-01']).toEqual({ rating: 'good' });
    expect(JSON.parse(await exportFile(page)).answers['BND-90']).toEqual({ rating: 'adequate', note: 'From my old paper sheet' });

    // …and prints them on the sheet, under their own heading.
    await page.goto(`${env.site.url}self-assessment/print/`, { waitUntil: 'networkidle' });
    const row = page.locator('[data-earlier] tr[data-statement="BND-90"]');
    expect(await row.isVisible()).toBe(true);
    expect(await row.locator('td.tick').nth(RATING_CODES.indexOf('adequate')).locator('.box.chosen').count()).toBe(1);
    expect(await row.locator('[data-note]').textContent()).toBe('From my old paper sheet');
    expect(await page.locator('[data-earlier] tr[data-statement="ZZZ-01"]').isVisible()).toBe(true);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  // About a thousand key presses: well over a minute on a busy machine.
  it('can be filled in by keyboard alone, with focus always visible', { timeout: 240_000 }, async () => {
    const page = await open('self-assessment/');
    const expected: Record<string, string> = {};
    const focusShown: boolean[] = [];
    const where = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        const style = getComputedStyle(el);
        return {
          tag: el.tagName,
          type: el.type,
          id: el.id,
          statement: el.closest<HTMLElement>('[data-statement]')?.dataset['statement'],
          // Links show focus as a yellow block with an underline bar; other controls as an outline.
          visible: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
        };
      });
    // Every statement of the framework: a radio group, a note and a guidance link each, so about three stops.
    const total = await page.locator('fieldset[data-statement]').count();
    for (let i = 0; i < total * 4 + 100 && Object.keys(expected).length < total; i++) {
      await page.keyboard.press('Tab');
      const at = await where();
      focusShown.push(at.visible);
      if (at.type === 'radio' && at.statement && !expected[at.statement]) {
        const k = Object.keys(expected).length % 4;
        await page.keyboard.press('Space');
        for (let j = 0; j < k; j++) await page.keyboard.press('ArrowRight');
        expected[at.statement] = RATING_CODES[k]!;
      } else if (at.tag === 'TEXTAREA' && at.statement === 'BND-01') {
        await page.keyboard.type('Typed with the keyboard');
      }
    }
    expect(Object.keys(expected)).toHaveLength(total);
    expect(focusShown.every(Boolean)).toBe(true);

    // On to the action plan, and "Add another action".
    let at = await where();
    for (let i = 0; i < 10 && at.id !== 'plan-1-what'; i++) {
      await page.keyboard.press('Tab');
      at = await where();
    }
    expect(at.id).toBe('plan-1-what');
    await page.keyboard.type('Shadow a senior');
    for (let i = 0; i < 9; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add another action');
    await page.keyboard.press('Enter');
    expect((await where()).id).toBe('plan-4-what');
    await page.keyboard.type('Book the course');
    await savedWhen(page, 'Book the course');

    const doc = await saved(page);
    expect(Object.fromEntries(Object.entries(doc.answers as Record<string, { rating: string }>).map(([id, a]) => [id, a.rating]))).toEqual(expected);
    expect(doc.answers['BND-01'].note).toBe('Typed with the keyboard');
    expect(doc.plan).toEqual([{ what: 'Shadow a senior' }, {}, {}, { what: 'Book the course' }]);

    // "Clear all" by keyboard, now at the end of the form: from the action plan, Tab reaches it; Escape keeps
    // everything, then Tab and Enter confirms.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('#plan-1-what').focus();
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Clear all my answers'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my answers');
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[data-confirm]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear all my answers');
    expect(Object.keys((await saved(page)).answers)).toHaveLength(total);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete everything');
    await page.keyboard.press('Enter');
    await status(page, 'cleared');
    expect(await saved(page)).toBeNull();
    await page.close();
  });

  it('prints my answers on the same A4 sheet as the blank one, filled in', async () => {
    const page = await open('self-assessment/print/', {
      ...seeded({ 'BND-43': { rating: 'good', note: 'Said no to a tenner' }, 'EMP-02': { rating: 'new' } }),
      details: { name: 'Sam Example', role: 'Care worker', supervisor: 'Alex' },
      plan: [{ what: 'Read the gifts policy', support: 'Team leader', by: 'January' }],
    });
    const row = page.locator('tr[data-statement="BND-43"]');
    expect(await row.locator('td.tick').nth(3).locator('.box.chosen').count()).toBe(1);
    expect(await row.locator('.box.chosen').count()).toBe(1);
    expect((await row.locator('td.tick').nth(3).textContent())?.trim()).toBe('Good: my rating');
    expect(await row.locator('[data-note]').textContent()).toBe('Said no to a tenner');
    expect(await page.locator('[data-field="Name"]').textContent()).toBe('Sam Example');
    expect(await page.locator('[data-field="Assessor or supervisor"]').textContent()).toBe('Alex');
    expect(await page.locator('[data-plan] tr').first().textContent()).toBe('Read the gifts policyTeam leaderJanuary');
    // Domains not started are left out; the two started ones use the sheets' own table.
    expect(await page.locator('.pack-domain').count()).toBe(2);
    expect(await page.locator('.pack-domain table.sheet-table').count()).toBe(2);
    expect(await page.locator('[data-earlier]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.sa-nav')).toBe(false);
    expect(await page.isVisible('[data-print]')).toBe(false);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*([\d.\s]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    // A4 is 595.3 × 841.9 points; Chromium rounds to whole pixels at 96 dpi.
    for (const [, , w, h] of boxes) expect(Math.abs(w! - 595.3) + Math.abs(h! - 841.9)).toBeLessThan(2.5);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('keeps a reflective log on the device: write, reload, edit, delete after asking', async () => {
    const page = await open('self-assessment/reflections/');
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    await page.locator('#r-title').fill('A gift at the end of a visit');
    await page.locator('#r-date').fill('2026-11-19');
    await page.locator('#r-feelings').fill('Awkward, and worried she would be hurt.');
    await page.getByLabel('Bring this to supervision').check();
    await savedWhen(page, 'worried she would be hurt');
    await page.reload({ waitUntil: 'networkidle' });
    const entry = page.locator('[data-log] article');
    expect(await entry.count()).toBe(1);
    expect(await entry.locator('h3').textContent()).toBe('A gift at the end of a visit');
    expect(await entry.textContent()).toContain('19 November 2026 · To bring to supervision');
    expect(await entry.locator('dt').allTextContents()).toEqual(['Feelings']);
    expect(await page.locator('#r-title').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Finish and start a new reflection' }).click();
    await page.locator('#r-title').fill('Second one');
    await savedWhen(page, 'Second one');
    expect(await entry.count()).toBe(2);

    await page.getByRole('button', { name: 'Edit “A gift at the end of a visit”' }).click();
    expect(await page.locator('#r-feelings').inputValue()).toBe('Awkward, and worried she would be hurt.');
    await page.locator('#r-conclusion').fill('Thank her, explain the policy, record it.');
    await savedWhen(page, 'record it.');
    expect((await saved(page)).reflections).toHaveLength(2);
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete “Second one”' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await page.locator('dialog[data-confirm]').waitFor({ state: 'hidden' });
    expect((await saved(page)).reflections).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete “Second one”' }).click();
    await page.getByRole('button', { name: 'Delete it' }).click();
    await status(page, '“Second one” was deleted');
    const left = (await saved(page)).reflections;
    expect(left.map((r: { title: string }) => r.title)).toEqual(['A gift at the end of a visit']);
    expect(left[0].stages.conclusion).toBe('Thank her, explain the policy, record it.');

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-editor]')).toBe(false);
    expect(await entry.first().isVisible()).toBe(true);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('prepares for supervision: lowest-rated statements, the action plan and the chosen reflections', async () => {
    const reflection = (id: string, title: string, supervision: boolean) => ({
      id,
      created: '2026-11-20T09:00:00.000Z',
      updated: '2026-11-20T09:00:00.000Z',
      title,
      stages: { description: `What happened: ${title}` },
      supervision,
    });
    const page = await open(
      'self-assessment/supervision/',
      seeded(
        {
          'EMP-07': { rating: 'adequate' },
          'BND-04': { rating: 'new', note: 'Not sure about the plan' },
          'BND-43': { rating: 'good' },
          'CNF-19': { rating: 'refresh' },
          'BND-90': { rating: 'new' },
        },
        {
          details: { name: 'Sam Example', supervisor: 'Alex' },
          plan: [{ what: 'Read the gifts policy', by: 'January' }],
          reflections: [reflection('a-1', 'Chosen one', true), reflection('a-2', 'Not chosen', false)],
        },
      ),
    );
    const lowest = page.locator('[data-lowest] tr:visible');
    // Lowest first, then framework order; "Good" and retired statements are left out.
    expect(await lowest.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['statement']))).toEqual(['BND-04', 'CNF-19', 'EMP-07']);
    expect(await lowest.first().textContent()).toContain('My rating: New to me. My note: Not sure about the plan');
    expect(await page.locator('[data-field="supervisor"]').textContent()).toBe('Alex');
    expect(await page.locator('[data-plan] tr').count()).toBe(1);
    expect(await page.locator('[data-chosen] h3').allTextContents()).toEqual(['Chosen one']);

    await page.getByLabel('Not chosen').check();
    expect(await page.locator('[data-chosen] h3').allTextContents()).toEqual(['Chosen one', 'Not chosen']);
    await page.locator('#agenda').fill('How to say no to gifts kindly');
    await savedWhen(page, 'say no to gifts kindly');
    expect(await axe(page)).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#agenda').inputValue()).toBe('How to say no to gifts kindly');
    expect(await page.locator('[data-chosen] h3').count()).toBe(2);

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#agenda')).toBe(false);
    expect(await page.locator('[data-agenda-print]').textContent()).toBe('How to say no to gifts kindly');
    expect(await page.isVisible('#notes-heading')).toBe(true);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('ships at most 15 KB of JavaScript (gzip) on each of its pages', async () => {
    const sizes: Record<string, number> = {};
    for (const path of PAGES) {
      const page = await env.browser.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
      await page.close();
      const base = new URL(env.site.url).pathname;
      sizes[path] = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p.slice(base.length)))).length, 0);
    }
    console.log(`JavaScript per page, gzip: ${Object.entries(sizes).map(([p, n]) => `${p} ${(n / 1024).toFixed(1)} KB`).join(', ')}`);
    for (const n of Object.values(sizes)) {
      expect(n).toBeGreaterThan(1000);
      expect(n).toBeLessThanOrEqual(BUDGET);
    }
  });

  it.skipIf(!hasServiceWorker)('works offline once visited: answer, reload, still there', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'rapport-offline-'));
    const context = await launchPersistent(profile);
    try {
      const page = await context.newPage();
      await page.goto(`${env.site.url}self-assessment/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      for (const path of PAGES) await page.goto(env.site.url + path, { waitUntil: 'networkidle' });

      await context.setOffline(true);
      await page.goto('about:blank');
      await page.goto(`${env.site.url}self-assessment/`);
      await rating(page, 'BND-43', 'Adequate');
      await page.reload();
      expect(await page.locator('#q-BND-43 input[value="adequate"]').isChecked()).toBe(true);
      for (const path of PAGES.slice(1)) {
        await page.goto('about:blank');
        await page.goto(env.site.url + path);
        expect(await page.locator('[data-sa]').isVisible()).toBe(true);
      }
      expect(await page.evaluate(() => document.title)).toContain('Prepare for supervision');
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
