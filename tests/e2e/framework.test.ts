/** The framework on the built site: anchors as Astro made them, downloads, and sheets that print whole on A4. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCrosscheck } from '../../src/build/crosscheck/index.ts';
import { config } from '../../src/data/config.ts';
import { pdfSheets } from '../../src/build/pdf-sheets.ts';
import { hasBrowser } from '../support/browser.ts';
import { readPdf } from './pdf.ts';
import { DIST, useBrowserAndSite } from '../support/site.ts';

const report = runCrosscheck('content');
const html = (path: string) => readFileSync(`${DIST}/${path}index.html`, 'utf8');
const ids = (page: string) => new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const json = JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as {
  version: string;
  domains: { id: string; statements: { id: string; statement: string }[] }[];
};
const statements = json.domains.flatMap((d) => d.statements);

// A4 is 595.3 × 841.9 points; Chromium rounds to whole pixels at 96 dpi (595.92 × 842.88 or 594.96 × 841.92).
const isA4 = ([width, height]: [number, number]) => Math.abs(width - 595.3) < 1.5 && Math.abs(height - 841.9) < 1.5;

describe('heading anchors', () => {
  it('the cross-check derives exactly the ids Astro gives headings', () => {
    for (const page of report.coverage) {
      const built = ids(html(`guidance/${page.slug}/`));
      for (const s of page.sections) expect(built, `${page.slug}#${s.anchor}`).toContain(s.anchor);
    }
  });
});

describe('downloads', () => {
  it('framework.json holds every statement', () => {
    expect(statements.length).toBe(report.counts.statements);
  });
  it('framework.csv has a header and a row per statement', () => {
    const rows = readFileSync(`${DIST}/framework.csv`, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,domain,domain_title,level,statement,guidance_urls,assessment,standards');
    expect(rows).toHaveLength(statements.length + 1);
  });
});

describe('pages', () => {
  it('each guidance page lists the competencies it supports, linked to their permanent address', () => {
    const page = html('guidance/drawing-boundaries/');
    expect(page).toContain('Competencies this page supports');
    expect(page).toMatch(/href="\/c\/BND-\d\d\/"/);
  });
  it('the coverage page shows every section and no gap', () => {
    const page = html('framework/coverage/');
    expect(page).toContain(`${report.counts.coveredSections} of ${report.counts.sections} sections`);
    expect(page).not.toContain('Not covered');
  });
  it('a retired statement keeps its permanent page', () => {
    expect(html('c/BND-90/')).toContain('retired in version');
  });
});

describe('domain pages', () => {
  const domains = json.domains.map((d) => ({ ...d, slug: domainSlug(d.id) }));
  /** The part of a page Pagefind indexes, or '' when it is left out of search. */
  const indexed = (page: string) => /<main[^>]*data-pagefind-body[\s\S]*<\/main>/.exec(page)?.[0] ?? '';

  it.each(domains.map((d) => [d.id, d] as const))('%s has a page whose statement headings are anchored by their ids', (_, domain) => {
    const page = html(`framework/${domain.slug}/`);
    const body = indexed(page);
    expect(body, 'indexed').not.toBe('');
    expect(body).toContain('data-pagefind-filter="type:competency"');
    expect(body).toContain(`data-pagefind-filter="domain:${domain.id}"`);
    for (const s of domain.statements) {
      expect(page, s.id).toMatch(new RegExp(`<h2 id="${s.id}"[^>]*>[\\s\\S]*?</h2>`));
      expect(page).toContain(`href="/c/${s.id}/"`);
    }
  });

  it('a domain page shows its retired statements apart, left out of search', () => {
    const page = html('framework/boundaries/');
    const retired = /<section class="retired"[^>]*>[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(retired).toContain('data-pagefind-ignore="all"');
    expect(retired).toContain('BND-90');
    expect(page.match(/<h2 id="BND-90"/)).toBeNull();
  });

  it('a statement\'s permanent page is left out of search and leads to its domain page', () => {
    const page = html('c/BND-03/');
    expect(indexed(page)).toBe('');
    expect(page).toContain('href="/framework/boundaries/"');
  });

  it('/framework/ links each domain heading to its page', () => {
    const page = html('framework/');
    for (const d of domains) expect(page).toMatch(new RegExp(`<h2 id="${d.slug}">\\s*<a href="/framework/${d.slug}/">`));
  });
});

describe('sheet PDFs', () => {
  it('are printed whenever the build has a browser, unless switched off', () => {
    // The build and the tests find the browser the same way (src/build/chromium.ts): a build that skipped the PDFs
    // on a machine where the tests have a browser would hide a broken PDF step.
    expect(pdfSheets).toBe(config.features.pdfSheets && hasBrowser);
  });

  it.skipIf(!pdfSheets)('the pack contains every statement id', async () => {
    const { pages } = await readPdf(`${DIST}/sheets/all.pdf`);
    const text = pages.join('\n');
    for (const s of statements) expect(text).toContain(s.id);
  });

  it.skipIf(!pdfSheets).each(json.domains.map((d) => d.id))('the %s sheet is a tagged A4 PDF that keeps every row whole on one page, numbered "Page X of Y"', async (domainId) => {
    const domain = json.domains.find((d) => d.id === domainId)!;
    const pdf = await readPdf(`${DIST}/sheets/${domainSlug(domainId)}.pdf`);
    expect(pdf.tagged, 'tagged').toBe(true);
    for (const size of pdf.sizes) expect(isA4(size), `page size ${size.join(' × ')}`).toBe(true);
    const { pages } = pdf;
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    for (const s of domain.statements) {
      // The row is whole when its id and the last words of its statement are on the same page.
      const tail = s.statement.split(/\s+/).slice(-2).join('').replace(/\.$/, '');
      const at = pages.findIndex((p) => p.includes(s.id));
      expect(at, s.id).toBeGreaterThanOrEqual(0);
      // Compared without spaces: the cell's text is broken into lines.
      expect(pages[at]!.replace(/\s+/g, ''), `${s.id} split across pages`).toContain(tail);
    }
  });
});

/** The sheet address of a domain, read from the sheets index. */
function domainSlug(domainId: string): string {
  const index = html('sheets/');
  const slug = [...index.matchAll(/href="\/sheets\/([a-z-]+)\/"/g)]
    .map((m) => m[1]!)
    // A domain's sheet has a row for each live statement: the one whose rows carry the domain's ids.
    .find((s) => s !== 'all' && new RegExp(`data-statement="${domainId}-\\d\\d"|id="${domainId}-\\d\\d"|>${domainId}-\\d\\d<`).test(html(`sheets/${s}/`)));
  if (!slug) throw new Error(`no sheet for ${domainId} in ${DIST}/sheets/`);
  return slug;
}

describe.skipIf(!hasBrowser)('sheets in Chromium', () => {
  const env = useBrowserAndSite();

  it('a sheet prints on A4 with no row taller than a page and a Print button on screen', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}sheets/boundaries/`);
    expect(await page.isVisible('button[data-print]')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('button[data-print]')).toBe(false);
    // A4 minus the sheet's 12 + 14 mm margins, in CSS pixels.
    const pageHeight = ((297 - 26) / 25.4) * 96;
    const tallest = await page.$$eval('.sheet-table tbody tr', (rows) => Math.max(...rows.map((r) => r.getBoundingClientRect().height)));
    expect(tallest).toBeGreaterThan(20);
    expect(tallest).toBeLessThan(pageHeight / 3);
    await page.close();
  });
});
