/** Every built page: loads cleanly, passes axe at WCAG 2.2 AA, and is valid HTML. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { axeViolations } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { builtPages, DIST, inBrowser, useBrowserAndSite } from '../support/site.ts';

const pages = builtPages();

const browserPages = inBrowser(pages);

describe('the built site', () => {
  it('has the pages a reader expects', () => {
    expect(pages).toContain('');
    expect(pages).toContain('print/');
    expect(pages).toContain('what-to-do/');
    expect(pages).toContain('search/');
    expect(pages).toContain('framework/boundaries/');
    expect(pages).toContain('404.html');
    expect(pages.filter((p) => p.startsWith('guidance/')).length).toBeGreaterThanOrEqual(30);
  });

  it.each(pages)('%s is valid HTML', async (page) => {
    const file = `${DIST}/${page.endsWith('.html') ? page : `${page}index.html`}`;
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(
      readFileSync(file, 'utf8'),
      file,
    );
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });

  // html-validate passes a <script> placed after </html> (an Astro script outside the layout lands there);
  // the W3C checker calls it a "Stray start tag script". The document must end with its </body></html>.
  it.each(pages)('%s has nothing after </body></html>', (page) => {
    const text = readFileSync(`${DIST}/${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
    const end = text.lastIndexOf('</body>');
    expect(end, 'no </body>').toBeGreaterThan(0);
    expect(text.slice(end).replace(/\s+/g, '')).toBe('</body></html>');
    expect(text.match(/<\/html>/g)).toHaveLength(1);
  });
});

describe.skipIf(!hasBrowser)('every page in Chromium', () => {
  const env = useBrowserAndSite();

  it('opens every kind of page, and a statement page of every domain', () => {
    const domains = new Set(pages.filter((p) => p.startsWith('c/')).map((p) => p.slice(2, 5)));
    expect(new Set(browserPages.filter((p) => p.startsWith('c/')).map((p) => p.slice(2, 5)))).toEqual(domains);
    expect(browserPages.filter((p) => !p.startsWith('c/'))).toEqual(pages.filter((p) => !p.startsWith('c/')));
  });

  // Several pages at a time (maxConcurrency in tests/vitest.config.ts): each mostly waits for the network to settle.
  it.concurrent.for(browserPages)('%s loads with no console error or failed request, and axe finds nothing', async (path, { expect }) => {
    const page = await env.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !(path === '404.html' && r.url().endsWith('404.html'))) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page);
    await page.close();
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}guidance/confidentiality/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.close();
  });
});
