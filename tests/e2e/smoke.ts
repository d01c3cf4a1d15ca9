/**
 * A smoke visit: loads a page in Chromium and reports what a strict host would show up: Content-Security-Policy
 * violations, requests to any other origin, console errors and failed requests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface Visit {
  url: string;
  status: number;
  cspViolations: string[];
  thirdParty: string[];
  problems: string[];
  requests: number;
}

declare global {
  interface Window {
    __csp?: string[];
  }
}

/** Visits `url`, waits for the network to settle (and for search results on the search page), and reports. */
export async function smokeVisit(browser: Browser, url: string, options: { expectStatus?: number } = {}): Promise<Visit> {
  const origin = new URL(url).origin;
  const page = await browser.newPage();
  const thirdParty: string[] = [];
  const problems: string[] = [];
  let requests = 0;
  // Runs before the page's own scripts and outside its CSP: records every violation the browser reports.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('request', (r) => {
    requests++;
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) thirdParty.push(u);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The 404 page's own status is expected; anything else is a problem.
    if (options.expectStatus === 404 && /status of 404/.test(m.text())) return;
    problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (new URL(url).pathname.endsWith('/search/')) {
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== '' && !text.startsWith('Searching');
    });
    const count = await page.locator('.results > li').count();
    if (new URL(url).searchParams.get('q') && count === 0) problems.push('search found nothing');
  }
  const cspViolations = await page.evaluate(() => window.__csp ?? []);
  await page.close();
  return { url, status: response?.status() ?? 0, cspViolations, thirdParty, problems, requests };
}

/**
 * The pages to smoke-test in a built site: the home page, each top-level section and its first page,
 * a search with results, and an address that does not exist. New sections are picked up as they are built.
 */
export function smokePaths(dist: string): { path: string; status: number }[] {
  const paths = [''];
  const skip = new Set(['_astro', 'pagefind']);
  for (const dir of readdirSync(dist, { withFileTypes: true }).filter((e) => e.isDirectory() && !skip.has(e.name)).map((e) => e.name).sort()) {
    if (existsSync(join(dist, dir, 'index.html'))) paths.push(`${dir}/`);
    const child = readdirSync(join(dist, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dist, dir, e.name, 'index.html')))
      .map((e) => e.name)
      .sort()[0];
    if (child) paths.push(`${dir}/${child}/`);
  }
  return [...paths.filter((p) => p !== 'search/').map((path) => ({ path, status: 200 })), { path: 'search/?q=gift', status: 200 }, { path: 'no-such-page/', status: 404 }];
}
