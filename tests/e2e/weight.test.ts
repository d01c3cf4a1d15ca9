/**
 * The weight budget, on every guidance page: a phone with poor signal fetches no JavaScript at load but the
 * tiny service-worker registration (src/browser/register-sw.ts), loaded as a module after the page, and the
 * page's HTML plus CSS is 25 KB gzip or less. `npm run bench:weight` prints the figures for every page.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { hasBrowser } from '../support/browser.ts';
import { DIST, builtPages, useBrowserAndSite } from '../support/site.ts';

const BUDGET = 25 * 1024;
const REGISTRATION_BUDGET = 1024; // gzip
/** The team view's script: the matrix, the file reader and its schema (zod mini). */
const TEAM_JS_BUDGET = 20 * 1024;
/** The one script a guidance page may load: the service worker's registration, known by its name or what it does. */
const REGISTRATION_NAME = /register|sw/;
const registers = (source: string) => source.includes('serviceWorker') && /\.register\(/.test(source);
const GUIDANCE = builtPages().filter((path) => path.startsWith('guidance/'));

describe.skipIf(!hasBrowser)('page weight', () => {
  const env = useBrowserAndSite();
  let page: Page;
  beforeAll(async () => {
    page = await env.browser.newPage();
  });

  it('the team view (/team/) loads at most 20 KB of JavaScript, gzip', async () => {
    const scripts: string[] = [];
    const record = (r: Request) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname);
    page.on('request', record);
    await page.goto(`${env.site.url}team/`, { waitUntil: 'networkidle' });
    page.off('request', record);
    await page.goto('about:blank');
    const base = new URL(env.site.url).pathname;
    const bytes = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(`${DIST}/${p.slice(base.length)}`)).length, 0);
    console.log(`JavaScript on /team/, gzip: ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(TEAM_JS_BUDGET);
  });

  it('checks every guidance page', () => {
    expect(GUIDANCE.length).toBeGreaterThanOrEqual(19);
  });

  it.each(GUIDANCE)('%s fetches only the service-worker registration script, and its HTML plus CSS is 25 KB gzip or less', async (path) => {
    const fetched: { url: string; type: string }[] = [];
    const record = (r: Request) => fetched.push({ url: r.url(), type: r.resourceType() });
    page.on('request', record);
    await page.goto(env.site.url + path, { waitUntil: 'load' });
    page.off('request', record);
    await page.goto('about:blank');
    const local = (url: string) => `${DIST}/${decodeURI(new URL(url).pathname).slice(new URL(env.site.url).pathname.length)}`;

    const scripts = fetched.filter((r) => r.type === 'script').map((r) => r.url);
    const isRegistration = (url: string) => REGISTRATION_NAME.test(new URL(url).pathname.split('/').pop() ?? '') || registers(readFileSync(local(url), 'utf8'));
    expect(scripts.filter((url) => !isRegistration(url))).toEqual([]);
    expect(scripts.length).toBeLessThanOrEqual(1);
    const tags = readFileSync(`${local(env.site.url + path)}index.html`, 'utf8').match(/<script\b[^>]*>/g) ?? [];
    if (scripts[0]) {
      const registration = readFileSync(local(scripts[0]), 'utf8');
      expect(registers(registration)).toBe(true);
      expect(registration).not.toMatch(/\bimport\b/); // nothing else pulled in behind it
      expect(gzipSync(registration).length).toBeLessThan(REGISTRATION_BUDGET);
      // Referenced once, as a module (deferred: it runs after the page is parsed), and no inline script at all.
      expect(tags).toEqual([`<script type="module" src="${new URL(scripts[0]).pathname}">`]);
    } else {
      expect(tags).toEqual([]);
    }

    const files = fetched
      .filter((r) => r.type === 'document' || r.type === 'stylesheet')
      .map((r) => (r.type === 'document' ? `${local(r.url)}index.html` : local(r.url)));
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(BUDGET);
  });
});
