/** The built site in dist/, served on 127.0.0.1 the way a static host would, and the list of its pages. */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticSite } from '../../src/build/static-server.ts';
import { config } from '../../src/data/config.ts';
import { distDir } from '../../src/data/paths.ts';
import { filesUnder } from '../../src/build/files.ts';
import { pathOfFile } from '../../src/build/linkcheck.ts';
import { launch } from './browser.ts';

/** The built site the tests read. */
export const DIST = distDir;

export function serveSite(): Promise<StaticSite> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`No built site in ${DIST}/: run \`npm run build\` first.`);
  return startStaticServer({ dir: DIST, base: config.base });
}

/** Every built page as a path below the base, e.g. "guidance/barriers/"; the 404 page as "404.html". */
export function builtPages(): string[] {
  return filesUnder(DIST, ['.html'])
    .filter((f) => !f.startsWith('pagefind'))
    .map(pathOfFile)
    .sort();
}

/**
 * The pages to open in Chromium: every page, but of the statement pages (c/<ID>/, one template, about 300 of
 * them) only the first of each domain and each retired one. Opening all of them took most of CI's time and
 * found nothing the sample does not; every page is still checked as HTML (tests/e2e/pages.test.ts).
 */
export function inBrowser(all: readonly string[]): string[] {
  const seen = new Set<string>();
  return all.filter((p) => {
    const id = /^c\/([A-Z]{3})-\d\d\/$/.exec(p);
    if (!id) return true;
    const retired = readFileSync(`${DIST}/${p}index.html`, 'utf8').includes('retired in version');
    if (retired || !seen.has(id[1]!)) {
      seen.add(id[1]!);
      return true;
    }
    return false;
  });
}

/** Chromium and the served site for the tests of one describe block: started before them, stopped after. */
export function useBrowserAndSite(): { browser: Browser; site: StaticSite } {
  const env = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    [env.browser, env.site] = await Promise.all([launch(), serveSite()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
