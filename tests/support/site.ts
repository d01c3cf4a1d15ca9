/** The built site in dist/, served on 127.0.0.1 the way a static host would, and the list of its pages. */
import { existsSync } from 'node:fs';
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
