/**
 * The self-assessment's other pages in Chromium against the built site: the filled-in print sheet, the
 * reflective log and supervision prep; and for every page, only this site's files, the JavaScript budget and
 * working offline once visited.
 */
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations as axe } from './axe.ts';
import { hasBrowser, launchPersistent } from '../support/browser.ts';
import { DIST } from '../support/site.ts';
import { PAGES, seeded, useSelfAssessment } from '../support/self-assessment.ts';

const BUDGET = 15 * 1024;

/** The offline part runs once the site has a service worker (the offline work lands separately). */
function registersServiceWorker(): boolean {
  if (existsSync(join(DIST, 'sw.js'))) return true;
  const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => /\.(js|html)$/.test(f) && !f.startsWith('pagefind'));
  return files.some((f) => /navigator\.serviceWorker|serviceWorker\.register/.test(readFileSync(join(DIST, f), 'utf8')));
}
const hasServiceWorker = hasBrowser && registersServiceWorker();
if (hasBrowser && !hasServiceWorker)
  console.warn('Skipping the offline self-assessment test: dist/ has no service worker (no sw.js, no registration) yet; it arrives with the offline work.');

describe.skipIf(!hasBrowser)('my self-assessment: print, reflections, supervision and every page', () => {
  const { env, open, saved, savedWhen, rating, status } = useSelfAssessment();

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
