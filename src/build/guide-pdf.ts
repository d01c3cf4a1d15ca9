/**
 * The whole guide as an A4 PDF (dist/print.pdf) with a page number beside each entry of its contents. Chromium
 * cannot number them itself (it has no target-counter()), so the guide is printed in parts first: each page of the
 * guide starts a new sheet of paper, so the parts' page counts add up to the whole and give each one's first
 * page. The numbers are written into the contents, and the guide is printed once more.
 */
import type { Page } from 'playwright-core';
import { startPages } from '../core/print-guide.ts';
import { linksForPaper } from './paper-links.ts';

const OPTIONS = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;

/** The pages of a PDF Chromium printed: it writes one MediaBox for each. */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/MediaBox\s*\[/g)?.length ?? 0;
}

/** Shows only part `only` of the guide: -1 for the title and contents, else that section; null shows them all. */
async function show(page: Page, only: number | null): Promise<void> {
  await page.evaluate((n) => {
    const parts = [document.querySelector<HTMLElement>('.print-intro')!, ...document.querySelectorAll<HTMLElement>('.print-section')];
    parts.forEach((part, i) => (part.style.display = n === null || i === n + 1 ? '' : 'none'));
  }, only);
}

/** Writes each contents entry's page number, or a placeholder as wide as the widest, to measure with. */
async function number(page: Page, pages: readonly string[]): Promise<void> {
  await page.evaluate((numbers) => {
    document.querySelectorAll<HTMLElement>('[data-contents-page]').forEach((span, i) => (span.textContent = numbers[i] ?? ''));
  }, pages);
}

/** The guide at `url` (the built /print/ page), printed with its contents numbered and its links pointed at `site` (see paper-links.ts). */
export async function printGuide(page: Page, url: string, site: string | undefined): Promise<{ pdf: Buffer; pages: number; starts: number[] }> {
  await page.goto(url, { waitUntil: 'load' });
  await linksForPaper(page, site);
  await page.emulateMedia({ media: 'print' });
  const sections = await page.locator('.print-section').count();
  await number(page, Array.from({ length: sections }, () => '0000'));
  const counts: number[] = [];
  for (let part = -1; part < sections; part++) {
    await show(page, part);
    counts.push(pdfPageCount(await page.pdf(OPTIONS)));
  }
  const starts = startPages(counts).slice(1);
  await show(page, null);
  await number(page, starts.map(String));
  const pdf = await page.pdf(OPTIONS);
  const pages = pdfPageCount(pdf);
  const expected = counts.reduce((a, b) => a + b, 0);
  if (pages !== expected) throw new Error(`guide-pdf: the guide printed on ${pages} pages, its parts on ${expected}, so the contents' page numbers would be wrong.`);
  return { pdf, pages, starts };
}
