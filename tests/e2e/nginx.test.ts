/**
 * The built site behind nginx with deploy/nginx.conf: headers, caching, precompressed files, the 404 page,
 * and Chromium smoke visits with no CSP violation and no request leaving the site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBrowser, launch } from '../support/browser.ts';
import { DIST } from '../support/site.ts';
import { hasNginx, startNginx, type NginxSite } from './nginx.ts';
import { smokePaths, smokeVisit } from './smoke.ts';
import { config } from '../../src/data/config.ts';
import { CACHE_IMMUTABLE, SECURITY_HEADERS } from '../../src/core/security-headers.ts';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with nothing decoded, so we see exactly what nginx sent. */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

const asset = (ext: string) => readdirSync(`${DIST}/_astro`).find((f) => f.endsWith(ext));

describe.skipIf(!hasNginx)(`nginx with deploy/nginx.conf, base ${config.base}`, () => {
  let site: NginxSite;
  beforeAll(async () => {
    site = await startNginx({ dist: DIST, base: config.base });
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each(['', 'guidance/drawing-boundaries/', `_astro/${asset('.css')}`, 'favicon.svg', 'no-such-page/'])(
    '%s carries every security header',
    async (path) => {
      const res = await raw(site.url + path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name.toLowerCase()], name).toBe(value);
    },
  );

  it('keeps hashed build files for a year, and makes pages, PDFs and the service worker check back', async () => {
    expect((await raw(`${site.url}_astro/${asset('.css')}`)).headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expect((await raw(`${site.url}_astro/${asset('.js')}`)).headers['cache-control']).toBe(CACHE_IMMUTABLE);
    const fragment = readdirSync(`${DIST}/pagefind/fragment`)[0];
    expect((await raw(`${site.url}pagefind/fragment/${fragment}`)).headers['cache-control']).toBe(CACHE_IMMUTABLE);
    const revalidate = ['', 'guidance/drawing-boundaries/', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'framework.json'];
    if (existsSync(`${DIST}/sheets/all.pdf`)) revalidate.push('sheets/all.pdf');
    if (existsSync(`${DIST}/sw.js`)) revalidate.push('sw.js');
    for (const path of revalidate) expect((await raw(site.url + path)).headers['cache-control'], path).toBe('no-cache');
  });

  it('sends the .gz file the build wrote, as it is, to a browser that accepts gzip', async () => {
    const res = await raw(`${site.url}guidance/drawing-boundaries/`, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.equals(readFileSync(`${DIST}/guidance/drawing-boundaries/index.html.gz`))).toBe(true);
    const plain = await raw(`${site.url}guidance/drawing-boundaries/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(`${DIST}/guidance/drawing-boundaries/index.html`))).toBe(true);
  });

  it('sends the .br file to a browser that accepts brotli (Debian libnginx-mod-http-brotli-static)', async (ctx) => {
    if (!site.brotli) ctx.skip();
    const css = asset('.css')!;
    const res = await raw(`${site.url}_astro/${css}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.equals(readFileSync(`${DIST}/_astro/${css}.br`))).toBe(true);
  });

  it('answers an unknown address with the site\'s own 404 page and status 404', async () => {
    const res = await raw(`${site.url}no-such-page/`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('Page not found');
    expect(res.body.toString()).toContain(`href="${config.base}search/"`);
  });

  it('adds the missing trailing slash with a relative redirect', async () => {
    const res = await raw(`${site.url}guidance/drawing-boundaries`);
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe(`${config.base}guidance/drawing-boundaries/`);
  });

  it('serves the spreadsheet download as CSV and hides dot-files', async () => {
    expect((await raw(`${site.url}framework.csv`)).headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((await raw(`${site.url}.htaccess`)).status).toBe(404);
  });

  describe.skipIf(!hasBrowser)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(smokePaths(DIST))('$path: no CSP violation, nothing fetched from elsewhere, no error', async ({ path, status }) => {
      const visit = await smokeVisit(browser, site.url + path, { expectStatus: status });
      expect(visit.status).toBe(status);
      expect(visit.cspViolations).toEqual([]);
      expect(visit.thirdParty).toEqual([]);
      expect(visit.problems).toEqual([]);
      expect(visit.requests).toBeGreaterThan(1);
    });
  });
});
