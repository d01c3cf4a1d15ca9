/**
 * The team view in Chromium against the built site: a supervisor adds a team's exports (two of them broken),
 * sees the matrix and the training summary, prints it, and nothing leaves the device or outlives a reload
 * unless "Keep on this device" is ticked. Each test gets a fresh browser context, so empty storage.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { hasBrowser, launchPersistent } from '../support/browser.ts';
import { DIST, useBrowserAndSite } from '../support/site.ts';
import { readPdfData } from './pdf.ts';
import { exportFile, teamExports } from '../support/team-exports.ts';

interface FrameworkJson {
  version: string;
  domains: { id: string; title: string; statements: { id: string }[]; retired: { id: string; replacedBy?: string[] }[] }[];
}
const FRAMEWORK = JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as FrameworkJson;
const IDS = FRAMEWORK.domains.flatMap((d) => d.statements.map((s) => s.id));
/** A retired statement with replacements, answered by one person who exported before it was replaced. */
const RETIRED = FRAMEWORK.domains.flatMap((d) => d.retired).find((r) => (r.replacedBy ?? []).length > 0)!;
/** Everyone rates this one "New to me": the statement to train on first. */
const WEAKEST = IDS.filter((id) => !RETIRED.replacedBy!.includes(id))[7]!;

/** Ten good exports, one cut short and one that is not a self-assessment file. */
function twelveFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const good = teamExports(10, IDS.filter((id) => !RETIRED.replacedBy!.includes(id))).map((f, p) => {
    const doc = JSON.parse(f.text);
    doc.answers[WEAKEST] = { rating: 'new' };
    if (p === 0) {
      doc.framework.version = '1.0.0';
      doc.answers[RETIRED.id] = { rating: 'refresh' };
    }
    return { name: f.name, text: JSON.stringify(doc) };
  });
  const broken = [
    { name: 'damaged.json', text: exportFile({ name: 'Damaged' }).slice(0, 80) },
    { name: 'notes.json', text: '{"kind":"shopping-list","items":["milk"]}' },
  ];
  return [...good.slice(0, 5), broken[0]!, ...good.slice(5), broken[1]!].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }));
}

describe.skipIf(!hasBrowser)('team view', () => {
  const env = useBrowserAndSite();

  async function open(): Promise<Page & { problems: string[]; requests: string[] }> {
    const page = Object.assign(await env.browser.newPage(), { problems: [] as string[], requests: [] as string[] });
    page.on('console', (m) => m.type() === 'error' && page.problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
    await page.goto(`${env.site.url}team/`, { waitUntil: 'networkidle' });
    page.on('request', (r) => page.requests.push(r.url()));
    return page;
  }
  const addTwelve = async (page: Page) => {
    await page.setInputFiles('#team-files', twelveFiles());
    await page.waitForFunction(() => document.querySelectorAll('[data-people] tr').length === 10, null, { timeout: 10_000 });
  };
  const firstRow = (page: Page) => page.locator('[data-matrix] tbody tr').first().getAttribute('data-row');

  it('adds 12 exports at once: 10 people in the matrix and a clear message for each of the two broken files', async () => {
    const page = await open();
    await addTwelve(page);
    expect(await page.locator('[data-people-count]').textContent()).toBe('10');
    expect(await page.locator('.team-table').first().locator('thead th.team-person').count()).toBe(10);
    expect(await page.locator('.team-table thead th.team-person').first().textContent()).toBe('Person 1');
    const problems = await page.locator('[data-problems] li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^“damaged\.json” was not loaded: it is not a complete JSON file\b.*Ask them to export it again/);
    expect(problems[1]).toMatch(/^“notes\.json” was not loaded: it is not a self-assessment export from this site\. Ask them to export it again/);
    expect(await page.locator('[data-alert]').textContent()).toBe('2 files were not loaded (the reasons are listed below). 10 staff files added.');
    // Every live statement has a row, each cell in words (colour is extra).
    expect(await page.locator('[data-matrix] tbody tr').count()).toBe(IDS.length);
    const weakest = page.locator(`[data-matrix] tr[data-row="${WEAKEST}"] td.r`);
    expect(await weakest.allTextContents()).toEqual(Array(10).fill('New to me'));
    // The file from before the split: its answer is shown against each replacement, and it says so.
    const carried = page.locator(`[data-matrix] tr[data-row="${RETIRED.replacedBy![0]}"] td.r`).first();
    expect(await carried.textContent()).toBe(`Needs refresh as ${RETIRED.id}`);
    expect(await page.locator('[data-people] tr').first().textContent()).toContain('1.0.0');
    // Private parts of the files are not kept.
    expect(await page.evaluate(() => document.body.textContent!.includes('Private'))).toBe(false);
    expect(page.requests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('sorts by most need with the weakest statement first, filters, and makes no request while sorting', async () => {
    const page = await open();
    await addTwelve(page);
    expect(await firstRow(page)).toBe(IDS[0]);
    await page.selectOption('#order', 'need');
    expect(await firstRow(page)).toBe(WEAKEST);
    expect(await page.locator('[data-summary-rows] tr').first().getAttribute('data-need-row')).toBe(WEAKEST);
    const needs = (await page.locator('[data-matrix] tbody tr').evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset['need']))));
    expect(needs).toEqual([...needs].sort((a, b) => b - a));

    const domain = FRAMEWORK.domains[1]!;
    await page.selectOption('#filter-domain', { label: domain.title });
    expect(await page.locator('[data-matrix] tbody tr').count()).toBe(domain.statements.length);
    await page.selectOption('#filter-level', 'lead');
    const lead = await page.locator('[data-matrix] tbody tr').count();
    expect(lead).toBeLessThan(domain.statements.length);
    expect(page.requests).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('works by keyboard: rename a person, collapse a domain, and the CSV carries the new name', async () => {
    const page = await open();
    await addTwelve(page);
    await page.locator('#name-0').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Sam Example');
    expect(await page.locator('.team-table thead th.team-person').first().textContent()).toBe('Sam Example');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name-0');
    await page.locator('details.team-domain summary').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.team-domain').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv]').press('Enter')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^id,domain,level,statement,Sam Example,Person 2,/);
    expect(csv.split('\r\n')).toHaveLength(IDS.length + 2);
    expect(page.requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('takes files dropped on the box', async () => {
    const page = await open();
    const [file] = teamExports(1, IDS.slice(0, 3));
    await page.evaluate(([name, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text!], name!, { type: 'application/json' }));
      document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [file!.name, file!.text]);
    await page.waitForFunction(() => document.querySelectorAll('[data-people] tr').length === 1);
    expect(await page.locator('[data-status]').textContent()).toBe('1 staff file added. The team now has 1 person.');
    await page.close();
  });

  it('prints the training summary alone on A4, each row whole', async () => {
    const page = await open();
    await addTwelve(page);
    const rows = await page.locator('[data-summary-rows] tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['needRow']!));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toBe(WEAKEST);
    const pdf = await readPdfData(await page.pdf({ format: 'A4', printBackground: true }));
    for (const [w, h] of pdf.sizes) {
      expect(Math.abs(w - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(h - 841.9)).toBeLessThan(1.5);
    }
    const text = pdf.pages.join('\n');
    expect(text).toContain('Training needs summary');
    expect(text).not.toContain('Team matrix');
    expect(text).not.toContain('Add staff files');
    // A row is whole when its id and its address (its last cell) are on the same page. The address may wrap in
    // its narrow cell, so line breaks in the extracted text are ignored.
    const flat = pdf.pages.map((p) => p.replace(/\s+/g, ''));
    for (const id of rows) {
      const whole = flat.some((p) => p.includes(id) && p.slice(p.indexOf(id)).includes(`/c/${id}/`));
      expect(whole, `${id} is split across pages`).toBe(true);
    }
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('forgets everything on reload unless "Keep on this device" is ticked, and "Forget all" clears the device', async () => {
    const page = await open();
    await addTwelve(page);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-people] tr').count()).toBe(0);
    expect(await page.locator('[data-matrix-section]').isVisible()).toBe(false);

    await addTwelve(page);
    await page.locator('[data-keep]').check();
    const kept = (await page.evaluate(() => localStorage.getItem('rapport-team'))) ?? '';
    expect(kept).toContain('Person 10');
    expect(kept).not.toContain('Private');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-people] tr').count()).toBe(10);
    expect(await page.locator('[data-keep]').isChecked()).toBe(true);

    await page.locator('[data-forget]').click();
    await page.getByRole('button', { name: 'Forget them' }).click();
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('forgotten'));
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-people] tr').count()).toBe(0);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('works offline once visited', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'rapport-team-offline-'));
    const context = await launchPersistent(profile);
    try {
      const page = await context.newPage();
      await page.goto(`${env.site.url}team/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload({ waitUntil: 'networkidle' });
      await context.setOffline(true);
      await page.goto('about:blank');
      await page.goto(`${env.site.url}team/`);
      await page.setInputFiles('#team-files', twelveFiles().slice(0, 3));
      await page.waitForFunction(() => document.querySelectorAll('[data-people] tr').length === 3);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
