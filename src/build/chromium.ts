/**
 * Finding and launching Chromium, for the build's sheet PDFs and the browser tests alike. The first that is
 * there wins: CHROME_PATH; a Chromium or Chrome installed on the machine; then the headless Chromium that
 * `npm ci` brings on Linux x64 (the optional dependency @sparticuz/chromium, unpacked into the temp folder on
 * first use). Nothing is downloaded at run time.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { posix, win32 } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** A browser that was found: where it came from and, unless it still has to be unpacked, its program. */
export type FoundChromium =
  | { source: 'CHROME_PATH' | 'installed'; executablePath: string }
  | { source: 'npm'; executablePath?: undefined; fontconfigPath?: string };

/** What the choice depends on, so that it can be tested with a made-up machine. */
export interface Machine {
  env: Record<string, string | undefined>;
  platform: string;
  arch: string;
  exists: (path: string) => boolean;
  /** Whether the npm browser package is installed (it is optional, so `npm ci` may have skipped it). */
  npmBrowser: boolean;
}

/** The npm browser's package: one version only, since two unpacked into one temp folder crash at launch. */
export const NPM_BROWSER = '@sparticuz/chromium';

/**
 * Flags for every launch. As root Chromium needs --no-sandbox; without the background-networking flags it
 * keeps calling Google's hosts, which this closed network refuses many times a second.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chrome and Chromium install themselves, in the order they are tried. */
export function installedPaths(os: string, env: Machine['env']): string[] {
  if (os === 'linux') {
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  }
  if (os === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const folders = ['/Applications', ...(env['HOME'] ? [posix.join(env['HOME'], 'Applications')] : [])];
    return folders.flatMap((folder) => apps.map((app) => posix.join(folder, app)));
  }
  if (os === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => Boolean(r));
    return roots.map((root) => win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [];
}

/** Fonts a Linux machine's fontconfig reads; without any, the npm browser uses the few it brings. */
const FONT_FOLDERS = ['/usr/share/fonts', '/usr/local/share/fonts'];

/** Which browser to use on a machine, or why there is none. Pure: everything it looks at comes in `machine`. */
export function pickChromium(machine: Machine): { found: FoundChromium } | { missing: string } {
  const chosen = machine.env['CHROME_PATH'];
  if (chosen) {
    // Set on purpose: a wrong path is a mistake to report, not a reason to quietly take another browser.
    return machine.exists(chosen) ? { found: { source: 'CHROME_PATH', executablePath: chosen } } : { missing: `CHROME_PATH is ${chosen}, which does not exist` };
  }
  const installed = installedPaths(machine.platform, machine.env).find((path) => machine.exists(path));
  if (installed) return { found: { source: 'installed', executablePath: installed } };
  // The package holds a Linux x64 build only.
  if (machine.platform === 'linux' && machine.arch === 'x64' && machine.npmBrowser) {
    const hasFonts = FONT_FOLDERS.some((folder) => machine.exists(folder));
    return { found: hasFonts ? { source: 'npm' } : { source: 'npm', fontconfigPath: posix.join(tmpdir(), 'fonts') } };
  }
  const where = installedPaths(machine.platform, machine.env);
  const npm =
    machine.platform === 'linux' && machine.arch === 'x64' ? `${NPM_BROWSER} was not installed (npm ci installs it)` : `${NPM_BROWSER} is for Linux x64 only`;
  return { missing: `no Chromium or Chrome${where.length ? ` at ${where.join(', ')}` : ''}; ${npm}. Install Chrome or Chromium, or set CHROME_PATH` };
}

/** This machine, for pickChromium. */
export function thisMachine(): Machine {
  let npmBrowser = true;
  try {
    createRequire(import.meta.url).resolve(NPM_BROWSER);
  } catch {
    npmBrowser = false;
  }
  return { env: process.env, platform: platform(), arch: arch(), exists: existsSync, npmBrowser };
}

/** The browser to use on this machine, or why there is none. */
export function findChromium(): { found: FoundChromium } | { missing: string } {
  return pickChromium(thisMachine());
}

/** How a browser describes itself in messages: "the npm browser (@sparticuz/chromium)", "/usr/bin/chromium". */
export function describeChromium(found: FoundChromium): string {
  return found.source === 'npm' ? `the npm browser (${NPM_BROWSER})` : found.source === 'CHROME_PATH' ? `CHROME_PATH (${found.executablePath})` : found.executablePath;
}

/**
 * The npm browser's own flags, less those that fight what we do with it: --single-process (closing a browser
 * context then closes the whole browser, and the tests open and close many), the ones that switch off
 * same-origin and mixed-content checks (the tests check what a real browser enforces), its --disable-features
 * and --enable-features (they would replace Playwright's own lists, which keep Chromium off Google's hosts),
 * and --headless='shell' (Playwright sets headless mode itself).
 */
export function npmBrowserArgs(args: readonly string[]): string[] {
  const unwanted = ['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials', '--headless'];
  return args.filter((a) => !unwanted.some((u) => a === u || a.startsWith(`${u}=`)) && !/^--(disable|enable)-features=/.test(a));
}

interface Launchable {
  executablePath: string;
  args: string[];
  env?: Record<string, string | undefined>;
}

/** The program, flags and environment to start `found` with, unpacking the npm browser on first use. */
async function launchable(found: FoundChromium): Promise<Launchable> {
  if (found.source !== 'npm') return { executablePath: found.executablePath, args: CHROME_ARGS };
  // Required, not imported: the build runs this from Astro's config, whose module loader is closed by then.
  const npm = createRequire(import.meta.url)(NPM_BROWSER) as typeof import('@sparticuz/chromium').default;
  const executablePath = await npm.executablePath();
  const args = [...new Set([...npmBrowserArgs(npm.args), ...CHROME_ARGS])];
  return found.fontconfigPath ? { executablePath, args, env: { ...process.env, FONTCONFIG_PATH: found.fontconfigPath } } : { executablePath, args };
}

/** The browser's program on disk (the npm browser is unpacked first), for tools that start it themselves. */
export async function chromiumExecutable(found: FoundChromium): Promise<string> {
  return (await launchable(found)).executablePath;
}

/** Starts `found` headless with playwright-core. */
export async function launchChromium(found: FoundChromium): Promise<Browser> {
  return chromium.launch({ ...(await launchable(found)), headless: true });
}

/** Starts `found` headless with a profile kept in `profile` (service workers need one). */
export async function launchPersistentChromium(found: FoundChromium, profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { ...(await launchable(found)), headless: true });
}
