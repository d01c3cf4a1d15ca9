/**
 * The browser for the browser tests, found and started by src/build/chromium.ts as the build finds it: CHROME_PATH,
 * an installed Chromium or Chrome, then the one `npm ci` brings. Without any, the browser tests are skipped on a
 * developer's machine with a warning, and fail under CI=true.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumExecutable, findChromium, launchChromium, launchPersistentChromium, type FoundChromium } from '../../src/build/chromium.ts';

const search = findChromium();
export const browserFound: FoundChromium | undefined = 'found' in search ? search.found : undefined;
export const hasBrowser = browserFound !== undefined;

if (!('found' in search) && process.env['CI']) throw new Error(`No browser for the browser tests: ${search.missing}. CI must run them.`);
if (!('found' in search)) console.warn(`Skipping browser tests: ${search.missing}.`);

export function launch(): Promise<Browser> {
  return launchChromium(browserFound!);
}

/** A browser with its own profile in `profile`, for service-worker tests. */
export function launchPersistent(profile: string): Promise<BrowserContext> {
  return launchPersistentChromium(browserFound!, profile);
}

/** The browser's program on disk, for tools that start it themselves (Lighthouse, `--version`). */
export function browserProgram(): Promise<string> {
  return chromiumExecutable(browserFound!);
}
