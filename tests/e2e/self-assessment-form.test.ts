/**
 * The self-assessment form in Chromium against the built site: answers are saved as you go and come back after
 * a reload, a phone shows one domain at a time, a wide screen all of them, and the whole form works by keyboard.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations as axe } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { useSelfAssessment } from '../support/self-assessment.ts';
import { RATING_CODES } from '../../src/core/ratings.ts';

describe.skipIf(!hasBrowser)('my self-assessment: the form', () => {
  const { env, open, saved, savedWhen, rating, status } = useSelfAssessment();

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
});
