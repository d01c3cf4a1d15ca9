/**
 * Debian's Chromium, driven by playwright-core (test tools may not download browsers here).
 * Without a browser the browser tests are skipped on a developer's machine, and fail under CI=true.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(chromePath);

if (!hasBrowser && process.env['CI']) {
  throw new Error(`No Chromium at ${chromePath}: CI must run the browser tests (apt-get install -y chromium, or set CHROME_PATH).`);
}
if (!hasBrowser) console.warn(`Skipping browser tests: no Chromium at ${chromePath} (apt-get install -y chromium).`);

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: CHROME_ARGS });
}
