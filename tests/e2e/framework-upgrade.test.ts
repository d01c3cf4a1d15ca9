/**
 * A new framework version splits or merges statements: an answer saved against the old statement survives,
 * is shown with links to the statements that replaced it, and its rating can be carried forward to them in
 * one action, without overwriting a rating already given. Uses the retired statement with the most
 * replacements: in the example organisation's copy (npm run build:sub) RIV-90, split into RIV-01 and RIV-02.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../support/browser.ts';
import { DIST, useBrowserAndSite } from '../support/site.ts';
import { axeViolations } from './axe.ts';

const KEY = 'rapport-self-assessment';
const json = JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as {
  version: string;
  domains: { statements: { id: string }[]; retired: { id: string; statement: string; replacedBy?: string[] }[] }[];
};
const current = new Set(json.domains.flatMap((d) => d.statements.map((s) => s.id)));
const [old] = json.domains
  .flatMap((d) => d.retired)
  .map((r) => ({ ...r, now: (r.replacedBy ?? []).filter((id) => current.has(id)) }))
  .filter((r) => r.now.length > 0)
  .sort((a, b) => b.now.length - a.now.length);
if (old && old.now.length < 2) console.warn(`framework-upgrade: no split statement in ${DIST}/; testing ${old.id}, replaced by one. \`npm run build:sub\` has one.`);

describe.skipIf(!hasBrowser || !old)('an answer to a statement that was split or merged', () => {
  const env = useBrowserAndSite();
  const { id, now } = old!;
  // When the statement was split, the person has already rated one of the new statements themselves.
  const [first, own] = now;
  const answers: Record<string, { rating?: string; note?: string }> = { [id]: { rating: 'adequate', note: 'From my old sheet' } };
  if (own) answers[own] = { rating: 'good' };

  async function open(): Promise<Page & { problems: string[] }> {
    const page = Object.assign(await env.browser.newPage(), { problems: [] as string[] });
    page.on('pageerror', (e) => page.problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
    await page.goto(`${env.site.url}self-assessment/`, { waitUntil: 'networkidle' });
    const doc = {
      kind: 'rapport-self-assessment',
      schema: 1,
      framework: { title: 'Rapport competency framework', version: '0.9.0' },
      savedAt: '2026-01-15T09:00:00.000Z',
      details: {},
      answers,
      plan: [],
      reflections: [],
    };
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(doc)]);
    await page.reload({ waitUntil: 'networkidle' });
    return page;
  }
  const saved = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');

  it('survives the upgrade, links to the new statements, and carries its rating forward in one action', async () => {
    const page = await open();
    const item = page.locator(`[data-earlier] li[data-retired="${id}"]`);
    expect(await item.isVisible()).toBe(true);
    expect(await item.textContent()).toContain(old!.statement);
    expect(await item.textContent()).toContain('Your rating: Adequate. Your note: From my old sheet');
    for (const to of now) expect(await item.locator(`a[href="#q-${to}"]`).count(), to).toBe(1);

    const carry = item.getByRole('button', { name: `Use this rating for the new statements that replaced ${id}` });
    expect(await carry.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await carry.click();
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('is now on'), null, { timeout: 5000 });

    const doc = await saved(page);
    expect(doc.answers[id]).toEqual({ rating: 'adequate', note: 'From my old sheet' });
    expect(doc.answers[first!]).toEqual({ rating: 'adequate' });
    for (const to of now.slice(2)) expect(doc.answers[to]).toEqual({ rating: 'adequate' });
    if (own) {
      expect(doc.answers[own]).toEqual({ rating: 'good' });
      expect(await page.locator('[data-status]').textContent()).toContain(`${own} already had your own rating`);
    }
    expect(await page.locator(`#q-${first} input[value="adequate"]`).isChecked()).toBe(true);
    // Nothing left to carry: the action goes, the old answer stays, and focus stays on it.
    expect(await carry.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['retired'])).toBe(id);

    await page.reload({ waitUntil: 'networkidle' });
    expect(await item.isVisible()).toBe(true);
    expect(await carry.isVisible()).toBe(false);
    expect(await page.locator(`#q-${first} input[value="adequate"]`).isChecked()).toBe(true);

    // The printed answers show the old one apart, naming its replacements, with the framework's version.
    await page.goto(`${env.site.url}self-assessment/print/`, { waitUntil: 'networkidle' });
    const row = page.locator(`[data-earlier] tr[data-statement="${id}"]`);
    expect(await row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain(`Replaced by ${now.join(', ')}.`);
    expect(await page.locator(`tr[data-statement="${first}"]`).first().locator('.box.chosen').count()).toBe(1);
    expect(await page.locator('.sheet-brand').textContent()).toContain(`version ${json.version}`);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
