/**
 * A guidance page on a phone with poor signal: HTML plus CSS under 25 KB gzip, and no JavaScript but the tiny
 * service-worker registration (src/scripts/register-sw.ts), loaded as a module after the page.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBrowser, launch } from './browser.ts';
import { DIST, serveSite } from './site.ts';
import type { StaticSite } from '../../scripts/static-server.ts';

const BUDGET = 25 * 1024;
const REGISTRATION_BUDGET = 1024; // gzip
const SAMPLES = ['guidance/drawing-boundaries/', 'guidance/components/communication/', 'guidance/confidentiality/'];

describe.skipIf(!hasBrowser)('page weight', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serveSite()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(SAMPLES)('%s fetches only the service-worker registration script, and its HTML plus CSS is under 25 KB gzip', async (path) => {
    const page = await browser.newPage();
    const fetched: { url: string; type: string }[] = [];
    page.on('request', (r) => fetched.push({ url: r.url(), type: r.resourceType() }));
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    await page.close();
    const local = (url: string) => `${DIST}/${new URL(url).pathname.slice(new URL(site.url).pathname.length)}`;

    const scripts = fetched.filter((r) => r.type === 'script').map((r) => r.url);
    expect(scripts).toHaveLength(1);
    const registration = readFileSync(local(scripts[0]!), 'utf8');
    expect(registration).toContain('serviceWorker');
    expect(registration).toMatch(/\.register\(/);
    expect(registration).not.toMatch(/\bimport\b/); // nothing else pulled in behind it
    expect(gzipSync(registration).length).toBeLessThan(REGISTRATION_BUDGET);
    // Referenced once, as a module (deferred: it runs after the page is parsed), and no inline script at all.
    const html = readFileSync(`${local(site.url + path)}index.html`, 'utf8');
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags).toEqual([`<script type="module" src="${new URL(scripts[0]!).pathname}">`]);

    const bytes = fetched
      .filter((r) => r.type === 'document' || r.type === 'stylesheet')
      .map((r) => (r.type === 'document' ? `${local(r.url)}index.html` : local(r.url)))
      .reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(BUDGET);
  });
});
