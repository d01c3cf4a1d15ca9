/**
 * The printed guide: which sections a domain's statements rest on, those sections cut out of a page's rendered
 * HTML, and the full address a printed link shows. Pure string work, so it runs in the build and in unit tests.
 */

/** The whole guide as a PDF, below the site's root: beside print/index.html, which it is printed from. */
export const GUIDE_PDF = 'print.pdf';

/**
 * The most guidance pages the whole guide is printed to one PDF for. Beyond it the PDF runs to thousands of
 * sheets and takes longer to print than the rest of the build; each domain's printout (/print/<domain>/) is the
 * way to paper then.
 */
export const GUIDE_PDF_MAX_PAGES = 300;

export function guideHasPdf(guidancePages: number): boolean {
  return guidancePages <= GUIDE_PDF_MAX_PAGES;
}

/**
 * The attribute on /print/'s "Download as PDF" link. The page decides whether the guide has a PDF (from the
 * collection it renders); the PDF step prints one exactly when the built page links it, so the two never disagree.
 */
export const GUIDE_PDF_LINK = 'data-guide-pdf';

/** Whether a built /print/ page links the whole guide's PDF. */
export function linksGuidePdf(printPageHtml: string): boolean {
  return new RegExp(`<a\\b[^>]*\\s${GUIDE_PDF_LINK}[\\s=>]`).test(printPageHtml);
}

/** A guidance reference, "page#anchor", split at its first "#". */
function split(ref: string): { page: string; anchor: string } {
  const at = ref.indexOf('#');
  return at < 0 ? { page: ref, anchor: '' } : { page: ref.slice(0, at), anchor: ref.slice(at + 1) };
}

export interface CitedPage {
  page: string;
  /** The cited headings' anchors, in the order first cited; "" when a statement cites the whole page. */
  anchors: string[];
}

/**
 * The pages a domain's statements cite and, for each, the headings cited, with the pages in `order` (the
 * guide's reading order); pages not in `order` (hidden or unknown) are left out.
 */
export function citedSections(statements: readonly { guidance: readonly string[] }[], order: readonly string[]): CitedPage[] {
  const byPage = new Map<string, string[]>();
  for (const s of statements)
    for (const ref of s.guidance) {
      const { page, anchor } = split(ref);
      const anchors = byPage.get(page) ?? [];
      if (!anchors.includes(anchor)) anchors.push(anchor);
      byPage.set(page, anchors);
    }
  return order.filter((page) => byPage.has(page)).map((page) => ({ page, anchors: byPage.get(page)! }));
}

const HEADING = /<h([1-6])\b[^>]*>/gi;

/**
 * The parts of a page's HTML under the headings with these ids: each from its heading to the next heading of the
 * same or a higher level, in the page's order, a part inside another taken once. A cited whole page ("" among
 * the anchors) gives the whole HTML.
 */
export function sliceSections(html: string, anchors: readonly string[]): string[] {
  if (anchors.includes('')) return [html];
  const headings = [...html.matchAll(HEADING)].map((m) => ({
    at: m.index,
    level: Number(m[1]),
    id: /\bid="([^"]*)"/.exec(m[0])?.[1],
  }));
  const parts: { from: number; to: number }[] = [];
  for (const [i, h] of headings.entries()) {
    if (h.id === undefined || !anchors.includes(h.id)) continue;
    if (parts.some((p) => h.at >= p.from && h.at < p.to)) continue;
    const end = headings.slice(i + 1).find((next) => next.level <= h.level);
    parts.push({ from: h.at, to: end ? end.at : html.length });
  }
  return parts.map((p) => html.slice(p.from, p.to));
}

/**
 * Headings one or more levels down (a page's h2 under the printed page's own h2). Their ids would repeat when
 * several pages are printed together: each becomes `data-anchor`, naming the section it came from. h6 stays h6.
 */
export function demoteHeadings(html: string, by = 1): string {
  return html.replace(/<(\/?)h([1-6])\b([^>]*)>/gi, (_, close: string, level: string, attrs: string) => {
    const to = Math.min(6, Number(level) + by);
    return `<${close}h${to}${close ? '' : attrs.replace(/(\s)id="/i, '$1data-anchor="')}>`;
  });
}

/**
 * What a link shows on paper: a full address when the site's address is known (`site`), the path otherwise; none
 * for links within the page or to e-mail and phone, which a reader cannot mistake for somewhere to go.
 */
export function printedAddress(href: string, site?: string): string | undefined {
  if (/^https?:\/\//i.test(href)) return href;
  if (!href.startsWith('/')) return undefined;
  return site ? new URL(href, site).href : href;
}

/** The first page of each part printed one after another, given each part's page count: the first starts on 1. */
export function startPages(counts: readonly number[]): number[] {
  let next = 1;
  return counts.map((count) => {
    const start = next;
    next += count;
    return start;
  });
}

/**
 * The rendered page without its hidden section questions (src/build/rehype-section-questions.ts): they are for
 * search, never printed, and their ids ("q-in-practice-1") would repeat when several pages print as one.
 */
export function withoutQuestions(html: string): string {
  return html.replace(/<div\b[^>]*\bsection-questions\b[^>]*>[\s\S]*?<\/div>/g, '');
}
