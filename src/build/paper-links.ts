/**
 * Links as a printed PDF keeps them. The PDFs are printed from a temporary local server, so Chromium would
 * write every site link as http://127.0.0.1:<port>/…, an address that is dead once the build ends. Before
 * printing, each link to another page of the site is pointed at the site's own address when `site` is set;
 * when it is not, the link is taken out and its text stays (a PDF cannot know where the site will live).
 * Links within the printed page stay, as links within the PDF. What paper shows beside a link is unchanged:
 * the address it printed is kept in data-print-address (src/styles/print.css).
 */
import type { Page } from 'playwright-core';

/** The selector of links whose address print.css shows beside them on paper. */
const SHOWN_ON_PAPER = "main a[href^='http'], main a[href^='/']";

export async function linksForPaper(page: Page, site: string | undefined): Promise<void> {
  await page.evaluate(
    ([site, shown]) => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const url = new URL(a.href);
        if (url.origin !== location.origin) continue;
        if (url.pathname === location.pathname && url.search === location.search && url.hash) continue;
        if (!a.hasAttribute('data-print-address') && a.matches(shown!)) a.setAttribute('data-print-address', a.getAttribute('href')!);
        if (site) a.href = new URL(url.pathname + url.search + url.hash, site).href;
        else a.removeAttribute('href');
      }
    },
    [site, SHOWN_ON_PAPER] as const,
  );
}
