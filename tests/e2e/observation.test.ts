/**
 * Assessors' papers and the standards: each observation record prints on A4 with whole rows, the framework's
 * version on every page and the sign-off on a page of its own; /framework/standards/ lists every mapped standard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../support/browser.ts';
import { readPdfData } from './pdf.ts';
import { DIST, useBrowserAndSite } from '../support/site.ts';
import { config } from '../../src/data/config.ts';

interface Json {
  version: string;
  domains: { id: string; title: string; statements: { id: string; statement: string; assessment: string[]; standards: { id: string }[] }[] }[];
  standards: { id: string; title: string; entries: { id: string; title: string }[] }[];
}
const json = JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as Json;
const html = (path: string) => readFileSync(`${DIST}/${path}index.html`, 'utf8');
const base = config.base;
/** Observation records as /sheets/ links them: "<domain>" of "sheets/<domain>/observation/". */
const records = [...html('sheets/').matchAll(new RegExp(`href="${base}sheets/([a-z0-9-]+)/observation/"`, 'g'))].map((m) => m[1]!);
const observed = json.domains.flatMap((d) => d.statements.filter((s) => s.assessment.includes('observation')).map((s) => ({ ...s, domain: d })));
/** Compared without spaces or ligatures: PDF text breaks lines inside a cell and joins "ff" into one glyph. */
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
/** A page's text with each run of white space as one space, and ligatures as letters. */
const spaced = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');
/** A4 is 595.3 × 841.9 points; Chromium rounds to whole pixels at 96 dpi. */
const isA4 = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.\s]+)\]/g)]
    .map((m) => m[1]!.trim().split(/\s+/).map(Number))
    .every(([, , w, h]) => Math.abs(w! - 595.3) + Math.abs(h! - 841.9) < 2.5);

describe('observation records', () => {
  it('exist for each domain with a statement assessed by observation, linked from /sheets/ and its sheet', () => {
    const domains = [...new Set(observed.map((s) => s.domain.id))];
    expect(observed.length).toBeGreaterThan(0);
    expect(records).toHaveLength(domains.length);
    for (const slug of records) {
      expect(html(`sheets/${slug}/`)).toContain(`href="${base}sheets/${slug}/observation/"`);
      if (config.features.pdfSheets) expect(existsSync(`${DIST}/sheets/${slug}/observation.pdf`), `${slug} PDF`).toBe(true);
    }
    expect(html('sheets/')).toContain(`href="${base}sheets/sign-off/"`);
  });

  it('hold a row for each statement assessed by observation, and only those', () => {
    for (const slug of records) {
      const rows = [...html(`sheets/${slug}/observation/`).matchAll(/<tr data-statement="([A-Z]{3}-\d\d)"/g)].map((m) => m[1]);
      const domain = json.domains.find((d) => rows[0]?.startsWith(d.id))!;
      expect(rows).toEqual(domain.statements.filter((s) => s.assessment.includes('observation')).map((s) => s.id));
    }
  });
});

describe.skipIf(!hasBrowser)('observation records on paper', () => {
  const env = useBrowserAndSite();
  const print = async (page: Page) => {
    await page.emulateMedia({ media: 'print' });
    return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  };

  it.each(records)('%s prints on A4: whole rows, version and "Page X of Y" on every page, sign-off on its own page', async (slug) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}sheets/${slug}/observation/`);
    expect(await page.isVisible('button[data-print]')).toBe(true);
    const pdf = await print(page);
    await page.close();
    expect(isA4(pdf)).toBe(true);
    const pages = (await readPdfData(pdf)).pages.map(spaced);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain(`version ${json.version}`);
    });
    for (const s of observed.filter((o) => pages.some((p) => p.includes(o.id)))) {
      const at = pages.findIndex((p) => p.includes(s.id));
      // The row is whole when its id and the last words of its statement are on the same page.
      expect(flat(pages[at]!), `${s.id} split across pages`).toContain(flat(s.statement.split(/\s+/).slice(-3).join(' ')));
    }
    const last = pages.at(-1)!;
    expect(last).toContain('Sign-off:');
    expect(last).toContain("Learner's declaration");
    expect(last).toContain("Assessor's declaration");
    expect(observed.some((s) => last.includes(s.id))).toBe(false);
  });

  it('never splits a row across pages, however many rows a record has', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}sheets/${records[0]}/observation/`);
    // Thirty rows of uneven length: several page breaks must fall between them.
    await page.evaluate(() => {
      const body = document.querySelector('.observation-table tbody')!;
      const model = body.querySelector('tr')!;
      for (let n = 1; n <= 30; n++) {
        const row = model.cloneNode(true) as HTMLElement;
        row.querySelector('th')!.textContent = `ROW-${n}`;
        row.querySelector('td')!.textContent = `${'A longer statement to fill the cell. '.repeat(n % 4)}Ends row ${n} here.`;
        body.append(row);
      }
    });
    const pages = (await readPdfData(await print(page))).pages.map(spaced);
    await page.close();
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (let n = 1; n <= 30; n++) {
      const at = pages.findIndex((p) => new RegExp(`ROW-${n}\\b`).test(p));
      expect(at, `ROW-${n}`).toBeGreaterThanOrEqual(0);
      expect(flat(pages[at]!), `ROW-${n} split across pages`).toContain(flat(`Ends row ${n} here.`));
    }
    // The running head (organisation, framework, version, domain) repeats on each page of the table.
    for (const text of pages.slice(1, -1)) expect(text).toContain('Observation record:');
  });

  it('the sign-off page prints on A4 with an outcome row per domain and both declarations', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}sheets/sign-off/`);
    const pdf = await print(page);
    await page.close();
    expect(isA4(pdf)).toBe(true);
    const text = spaced((await readPdfData(pdf)).pages.join('\n'));
    for (const d of json.domains) expect(flat(text)).toContain(flat(`(${d.id},`));
    expect(text).toContain("Assessor's declaration");
  });
});

describe('/framework/standards/', () => {
  const page = html('framework/standards/');
  /** The part of the page for one standard: from its list item to the next standard's, or the end of its framework. */
  const entry = (id: string) => {
    const start = page.indexOf(`<li id="${id}"`);
    if (start < 0) return '';
    const ends = [page.indexOf('<li id="', start + 1), page.indexOf('</section>', start)].filter((i) => i > 0);
    return page.slice(start, Math.min(...ends));
  };

  it('lists every standard mapped by a statement, with each statement that maps to it', () => {
    const mapped = new Map<string, string[]>();
    for (const d of json.domains) for (const s of d.statements) for (const { id } of s.standards) mapped.set(id, [...(mapped.get(id) ?? []), s.id]);
    expect(mapped.size).toBeGreaterThan(0);
    for (const [id, statements] of mapped) {
      const item = entry(id);
      expect(item, id).not.toBe('');
      for (const s of statements) expect(item, `${id} lists ${s}`).toContain(`href="${base}c/${s}/"`);
      expect(item).not.toContain('None yet');
    }
  });

  it('lists every standard of the data file, saying "None yet" where no statement maps to it', () => {
    const mapped = new Set(json.domains.flatMap((d) => d.statements.flatMap((s) => s.standards.map((x) => x.id))));
    for (const f of json.standards) {
      expect(page).toContain(`<h2 id="${f.id}">`);
      for (const e of f.entries) expect(entry(e.id).includes('None yet'), e.id).toBe(!mapped.has(e.id));
    }
  });

  it('is linked from each statement that maps to a standard', () => {
    const s = json.domains.flatMap((d) => d.statements).find((x) => x.standards.length)!;
    expect(html(`c/${s.id}/`)).toContain(`href="${base}framework/standards/#${s.standards[0]!.id}"`);
  });
});
