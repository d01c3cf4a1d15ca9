/**
 * The self-assessment's saved data in Chromium against the built site: export and import give back the same
 * answers, bad files are refused with a message, data it cannot read is never overwritten, and answers to
 * retired statements are kept when the framework changes.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations as axe } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { KEY, VERSION, seeded, useSelfAssessment } from '../support/self-assessment.ts';
import { RATING_CODES } from '../../src/core/ratings.ts';

describe.skipIf(!hasBrowser)('my self-assessment: saved files and data', () => {
  const { env, open, saved, savedWhen, rating, status, exportFile, importFile } = useSelfAssessment();

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
});
