/** Night shifts and small screens: dark mode passes axe, and pages reflow at 320 px (200 % zoom) without sideways scrolling. */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { useBrowserAndSite } from '../support/site.ts';

const SAMPLES = ['', 'guidance/drawing-boundaries/', 'framework/', 'sheets/values/', 'search/?q=gift', 'framework/coverage/'];

describe.skipIf(!hasBrowser)('layout', () => {
  const env = useBrowserAndSite();

  it.each(SAMPLES)('%s passes axe in dark mode', async (path) => {
    const page = await env.browser.newPage({ colorScheme: 'dark' });
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });

  it.each(SAMPLES)('%s reflows at 320 px wide with no sideways scrolling', async (path) => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.close();
    expect(width).toBeLessThanOrEqual(320);
  });

  it('focus is visible on every link and button', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}guidance/confidentiality/`);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { outline: style.outlineStyle, shadow: style.boxShadow, bg: style.backgroundColor };
      });
      expect(outline.outline !== 'none' || outline.shadow !== 'none', JSON.stringify(outline)).toBe(true);
    }
    await page.close();
  });
});
