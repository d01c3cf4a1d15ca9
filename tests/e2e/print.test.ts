/** Trainers print: the whole guide comes out as A4, without the site's navigation. */
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.ts';
import { useBrowserAndSite } from '../support/site.ts';

/** Page sizes in a PDF, in points, from its MediaBox entries. */
function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.\s]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
}

describe.skipIf(!hasBrowser)('printing', () => {
  const env = useBrowserAndSite();

  it('"Print the whole guide" prints every section to an A4 PDF', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}print/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.locator('.print-section').count()).toBeGreaterThanOrEqual(19);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(10);
    for (const [, , width, height] of boxes) {
      // A4 is 595.3 × 841.9 points; Chromium rounds to whole pixels at 96 dpi (595.92 × 842.88).
      expect(Math.abs(width! - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(height! - 841.9)).toBeLessThan(1.5);
    }
    await page.close();
  });

  it('shows where links go on paper', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}guidance/drawing-boundaries/`);
    await page.emulateMedia({ media: 'print' });
    const after = await page.$eval('main p a[href^="/"]', (a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/guidance/');
    await page.close();
  });
});
