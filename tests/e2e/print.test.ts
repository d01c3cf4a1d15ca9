/**
 * Trainers print: the whole guide and one domain's guidance come out as A4 with page numbers, the In brief box
 * and full link addresses; no sheet, record or PDF ends on a page holding only its page number.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { readPdf, readPdfData } from './pdf.ts';
import { DIST, useBrowserAndSite } from '../support/site.ts';
import { config } from '../../src/data/config.ts';
import { GUIDE_PDF } from '../../src/core/print-guide.ts';

/** Page sizes in a PDF, in points, from its MediaBox entries. */
function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.\s]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
}

/** A page's text without its running "Page N of M": empty for a page wasted on the page number alone. */
const withoutFooter = (text: string) => text.replace(/Page \d+ of \d+/g, '').trim();
const escape = (text: string) => text.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
const spaced = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

interface Json {
  domains: { id: string; title: string; statements: { id: string; statement: string; guidance: { ref: string }[] }[] }[];
}
const json = JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as Json;
const slugs = readdirSync(`${DIST}/print`, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Every PDF the build printed, as a path below dist/. */
const pdfs = (readdirSync(`${DIST}/sheets`, { recursive: true }) as string[]).filter((f) => f.endsWith('.pdf')).map((f) => `sheets/${f}`).sort();
/** Every printable sheet page: each domain's sheet, the pack, the sign-off and each observation record. */
const sheetPages = (readdirSync(`${DIST}/sheets`, { recursive: true }) as string[])
  .filter((f) => f.endsWith('index.html') && f !== 'index.html')
  .map((f) => `sheets/${f.replace(/index\.html$/, '')}`)
  .sort();

async function printed(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return (await readPdfData(pdf)).pages.map(spaced);
}

describe('PDFs of the sheets', () => {
  it.skipIf(!config.features.pdfSheets || pdfs.length === 0)('every one ends on a page with more than its page number', async () => {
    const counts: Record<string, number> = {};
    for (const file of pdfs) {
      const { pages } = await readPdf(`${DIST}/${file}`);
      counts[file] = pages.length;
      expect(withoutFooter(pages.at(-1)!), `${file}: its last page, ${pages.length}, is blank`).not.toBe('');
    }
    console.log(`PDF pages: ${Object.entries(counts).map(([f, n]) => `${f} ${n}`).join(', ')}`);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(json.domains.length);
  });

  // They are printed from a temporary local server: a link to it would be dead in every printed copy.
  it.skipIf(!config.features.pdfSheets || pdfs.length === 0)('no link in any PDF points at the local server that printed it; with `site` set, site links use it', async () => {
    const files = [...pdfs, ...(existsSync(`${DIST}/${GUIDE_PDF}`) ? [GUIDE_PDF] : [])];
    let siteLinks = 0;
    for (const file of files) {
      const { links } = await readPdf(`${DIST}/${file}`);
      expect(links.filter((url) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)), file).toEqual([]);
      if (config.site) siteLinks += links.filter((url) => url.startsWith(new URL(config.site!).origin)).length;
    }
    // With `site` set, each sheet row links to its statement page there.
    if (config.site) expect(siteLinks).toBeGreaterThan(0);
  });
});

describe('the whole guide as a PDF', () => {
  const file = `${DIST}/${GUIDE_PDF}`;
  it.skipIf(!config.features.pdfSheets || !existsSync(file))('numbers its contents with the page each section starts on', async () => {
    expect(readFileSync(`${DIST}/print/index.html`, 'utf8')).toContain(`href="${config.base}${GUIDE_PDF}"`);
    const pages = (await readPdf(file)).pages.map(spaced);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    const titles = [...readFileSync(`${DIST}/print/index.html`, 'utf8').matchAll(/<section class="print-section"[^>]*>\s*<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) =>
      m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
    );
    expect(titles.length).toBeGreaterThanOrEqual(19);
    const contents = pages.slice(0, 3).join(' ');
    let last = 1;
    for (const title of titles) {
      const number = new RegExp(`${escape(title.normalize('NFKC'))} (\\d+)(?![.\\d])`).exec(contents)?.[1];
      expect(number, `contents entry for ${title}`).toBeDefined();
      const at = Number(number);
      expect(at).toBeGreaterThan(last);
      // The section starts at the top of that page: its title first after the running page number.
      expect(withoutFooter(pages[at - 1]!).startsWith(title.normalize('NFKC')), `${title} on page ${at}`).toBe(true);
      last = at;
    }
  });
});

describe.skipIf(!hasBrowser)('printing', () => {
  const env = useBrowserAndSite();

  it.each(sheetPages)('"Print this sheet" on %s ends on a page with more than its page number', async (path) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}${path}`);
    const pages = await printed(page);
    await page.close();
    expect(withoutFooter(pages.at(-1)!), `last page ${pages.length} of ${path}`).not.toBe('');
  });

  // Content of any length: a block of growing height before the end moves the end through a whole page. Whatever
  // trails the content (padding, a margin, an empty box) must not spill onto a page of its own.
  it.each([
    ['sheets/empathy/', '.sheet-end'],
    ['sheets/sign-off/', '.declaration:last-of-type'],
    ['sheets/empathy/observation/', '.declaration:last-of-type'],
  ])('%s never ends on a blank page, wherever on the page its content ends', async (path, before) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    const blank: number[] = [];
    // A4 holds about 1,020 px between the sheets' margins; steps of 20 px cannot miss the 48 px a padding took.
    for (let height = 0; height <= 1040; height += 20) {
      await page.evaluate(
        ([selector, h]) => {
          let spacer = document.getElementById('test-spacer');
          if (!spacer) {
            spacer = document.createElement('div');
            spacer.id = 'test-spacer';
            document.querySelector(selector as string)!.before(spacer);
          }
          spacer.style.height = `${h}px`;
        },
        [before, height] as const,
      );
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      if (withoutFooter((await readPdfData(pdf)).pages.at(-1)!) === '') blank.push(height);
    }
    await page.close();
    expect(blank, 'spacer heights giving a blank last page').toEqual([]);
  }, 120_000);

  it('"Print the whole guide" prints every section to A4 with page numbers and each In brief box', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}print/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    const sections = await page.locator('.print-section').count();
    expect(sections).toBeGreaterThanOrEqual(19);
    // The box, not a plain list: a heading and its border, in every section.
    expect(await page.locator('.print-section > .in-brief h3').count()).toBe(sections);
    expect(await page.locator('.print-section > .in-brief').first().evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('6px');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(10);
    for (const [, , width, height] of boxes) {
      // A4 is 595.3 × 841.9 points; Chromium rounds to whole pixels at 96 dpi (595.92 × 842.88).
      expect(Math.abs(width! - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(height! - 841.9)).toBeLessThan(1.5);
    }
    const pages = (await readPdfData(pdf)).pages.map(spaced);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages.join(' ').match(/In brief/g)?.length).toBe(sections);
    expect(withoutFooter(pages.at(-1)!)).not.toBe('');
    await page.close();
  }, 60_000);

  it('prints the guide\'s links with their address, in full when the site\'s address is set', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}print/`);
    await page.emulateMedia({ media: 'print' });
    const links = await page.$$eval('.print-section a[href^="/"]:not(.statement-id)', (as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
    );
    expect(links.length).toBeGreaterThan(20);
    for (const { href, after } of links) expect(after).toBe(`" (${config.site ? new URL(href, config.site).href : href})"`);
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

  it('prints the guidance for each domain: its statements, then the sections they rest on, linked from its page and sheet', async () => {
    expect(slugs).toHaveLength(json.domains.length);
    const page = await env.browser.newPage();
    for (const slug of slugs) {
      for (const from of [`framework/${slug}/`, `sheets/${slug}/`]) {
        expect(readFileSync(`${DIST}/${from}index.html`, 'utf8'), from).toContain(`href="${config.base}print/${slug}/"`);
      }
      await page.goto(`${env.site.url}print/${slug}/`);
      const first = (await page.locator('[data-statement]').first().getAttribute('data-statement'))!;
      const domain = json.domains.find((d) => d.statements.some((st) => st.id === first))!;
      expect(await page.locator('[data-statement]').evaluateAll((li) => li.map((l) => l.getAttribute('data-statement')))).toEqual(
        domain.statements.map((s) => s.id),
      );
      // Each section a statement rests on is there, under its own heading, and nothing from pages none cite.
      for (const s of domain.statements)
        for (const { ref } of s.guidance) {
          const [from, anchor] = ref.split('#') as [string, string];
          const heading = page.locator(`.print-section[data-page="${from}"] [data-anchor="${anchor}"]`);
          expect(await heading.count(), `${slug}: ${s.id} rests on ${ref}`).toBe(1);
        }
      const cited = new Set(domain.statements.flatMap((s) => s.guidance.map((g) => g.ref.split('#')[0])));
      expect(await page.locator('.print-section').count()).toBe(cited.size);
    }
    await page.close();
  });

  it('prints one domain\'s guidance with page numbers and its In brief boxes, and axe finds nothing', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}print/empathy/`);
    expect(await axeViolations(page)).toEqual([]);
    const pages = await printed(page);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    const joined = pages.join(' ');
    expect(joined.match(/In brief/g)?.length).toBe(await page.locator('.print-section').count());
    expect(joined).toContain('EMP-02');
    expect(withoutFooter(pages.at(-1)!)).not.toBe('');
    await page.goto(`${env.site.url}print/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  describe('supervision prep', () => {
    const version = (JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as { version: string }).version;
    const say = (words: number, what: string) => Array.from({ length: words }, (_, i) => (i % 12 === 11 ? `${what}.` : what)).join(' ');
    const reflection = (n: number, words: number) => ({
      id: `r-${n}`,
      created: '2026-11-20T09:00:00.000Z',
      updated: '2026-11-20T09:00:00.000Z',
      title: `Reflection ${n}`,
      stages: { description: say(words, 'happened'), feelings: say(words, 'felt'), action: `${say(words, 'next')} End of reflection ${n}.` },
      supervision: true,
    });
    /** What a person saved on this device: the five lowest ratings with notes, a plan, an agenda and reflections. */
    const saved = (o: { note: number; plan: number; agenda: number; reflections: number; words: number }) => ({
      kind: 'rapport-self-assessment',
      schema: 1,
      framework: { title: 'Rapport competency framework', version },
      savedAt: '2026-11-20T09:00:00.000Z',
      details: { name: 'Sam Example', supervisor: 'Alex' },
      answers: Object.fromEntries(
        json.domains
          .flatMap((d) => d.statements)
          .slice(0, 5)
          .map((st) => [st.id, { rating: 'new', note: say(o.note, 'note') }]),
      ),
      plan: Array.from({ length: o.plan }, (_, i) => ({ what: `Plan step ${i + 1}`, support: say(6, 'help'), by: 'March' })),
      agenda: `${say(o.agenda, 'talk')} End of agenda.`,
      reflections: Array.from({ length: o.reflections }, (_, i) => reflection(i + 1, o.words)),
    });
    async function printSupervision(doc: unknown): Promise<string[]> {
      const page = await env.browser.newPage();
      await page.goto(`${env.site.url}self-assessment/supervision/`, { waitUntil: 'networkidle' });
      await page.evaluate((v) => localStorage.setItem('rapport-self-assessment', v), JSON.stringify(doc));
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('[data-chosen] h3').first().waitFor();
      const pages = await printed(page);
      await page.close();
      return pages;
    }
    const pageOf = (pages: string[], text: string) => {
      const at = pages.findIndex((p) => p.includes(text));
      expect(at, `"${text}" printed`).toBeGreaterThanOrEqual(0);
      return at;
    };

    it('fits one A4 page with what people usually bring', async () => {
      const pages = await printSupervision(saved({ note: 15, plan: 3, agenda: 30, reflections: 1, words: 25 }));
      expect(pages, pages.join('\n---\n')).toHaveLength(1);
      for (const text of ['Statements I rated lowest', 'Plan step 3', 'End of agenda.', 'End of reflection 1.', 'Notes from supervision', 'Agreed actions'])
        expect(pages[0]).toContain(text);
    });

    it('runs on only between whole boxes when there is more', async () => {
      const pages = await printSupervision(saved({ note: 40, plan: 6, agenda: 120, reflections: 4, words: 45 }));
      expect(pages.length).toBeGreaterThan(1);
      // Each box starts and ends on the same page.
      expect(pageOf(pages, 'Statements I rated lowest')).toBe(pageOf(pages, json.domains.flatMap((d) => d.statements)[4]!.id));
      expect(pageOf(pages, 'My action plan')).toBe(pageOf(pages, 'Plan step 6'));
      expect(pageOf(pages, 'What I want to talk about')).toBe(pageOf(pages, 'End of agenda.'));
      for (const n of [1, 2, 3, 4]) expect(pageOf(pages, `Reflection ${n} `)).toBe(pageOf(pages, `End of reflection ${n}.`));
      expect(pageOf(pages, 'Notes from supervision')).toBe(pageOf(pages, 'Agreed actions'));
      expect(withoutFooter(pages.at(-1)!)).not.toBe('');
    });
  });

  it('the coverage page never breaks an id at its hyphen, and has no space before a full stop', async () => {
    const page = await env.browser.newPage();
    for (const width of [320, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${env.site.url}framework/coverage/`);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        // One line each: as tall as one line of its text (the padding aside), however narrow the column.
        const broken = await page.$$eval('.coverage td a', (as) =>
          as
            .filter((a) => {
              const range = document.createRange();
              range.selectNodeContents(a);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              return lines.size > 1;
            })
            .map((a) => a.textContent),
        );
        expect(broken, `${width} px, ${media}`).toEqual([]);
      }
      expect(await page.locator('main').innerText()).not.toMatch(/\w \./);
    }
    await page.close();
  });
});
