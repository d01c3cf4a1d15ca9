import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_ARGS, installedPaths, npmBrowserArgs, pickChromium, type Machine } from '../../src/build/chromium.ts';

/** A made-up machine: Linux x64 with fonts, the npm browser installed, and only `files` on disk. */
function machine(files: string[], over: Partial<Machine> = {}): Machine {
  const disk = new Set([...files, '/usr/share/fonts']);
  return { env: {}, platform: 'linux', arch: 'x64', exists: (p) => disk.has(p), npmBrowser: true, ...over };
}

describe('which Chromium', () => {
  it('takes CHROME_PATH first, over an installed browser', () => {
    const m = machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { env: { CHROME_PATH: '/opt/chrome/chrome' } });
    expect(pickChromium(m)).toEqual({ found: { source: 'CHROME_PATH', executablePath: '/opt/chrome/chrome' } });
  });

  it('reports a CHROME_PATH that does not exist rather than quietly using another browser', () => {
    const m = machine(['/usr/bin/chromium'], { env: { CHROME_PATH: '/opt/typo/chrome' } });
    expect(pickChromium(m)).toEqual({ missing: 'CHROME_PATH is /opt/typo/chrome, which does not exist' });
  });

  it('then a browser installed on the machine, Debian’s Chromium before Chrome', () => {
    expect(pickChromium(machine(['/usr/bin/google-chrome', '/usr/bin/chromium']))).toEqual({
      found: { source: 'installed', executablePath: '/usr/bin/chromium' },
    });
    expect(pickChromium(machine(['/usr/bin/chromium-browser']))).toEqual({ found: { source: 'installed', executablePath: '/usr/bin/chromium-browser' } });
    expect(pickChromium(machine(['/usr/bin/google-chrome']))).toEqual({ found: { source: 'installed', executablePath: '/usr/bin/google-chrome' } });
  });

  it('finds Chrome where macOS and Windows install it', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(pickChromium(machine([mac], { platform: 'darwin', arch: 'arm64' }))).toEqual({ found: { source: 'installed', executablePath: mac } });
    const mine = '/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(pickChromium(machine([mine], { platform: 'darwin', env: { HOME: '/Users/sam' } }))).toEqual({ found: { source: 'installed', executablePath: mine } });
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(pickChromium(machine([win], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } }))).toEqual({
      found: { source: 'installed', executablePath: win },
    });
    expect(installedPaths('win32', { LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' })).toEqual(['C:\\Users\\sam\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe']);
  });

  it('then the npm browser, on Linux x64 only', () => {
    expect(pickChromium(machine([]))).toEqual({ found: { source: 'npm' } });
    expect(pickChromium(machine([], { arch: 'arm64' }))).toEqual({ missing: expect.stringContaining('@sparticuz/chromium is for Linux x64 only') });
    expect(pickChromium(machine([], { platform: 'darwin' }))).toEqual({ missing: expect.stringContaining('/Applications/Google Chrome.app') });
  });

  it('gives the npm browser its own fonts on a machine that has none', () => {
    const bare: Machine = { env: {}, platform: 'linux', arch: 'x64', exists: () => false, npmBrowser: true };
    expect(pickChromium(bare)).toEqual({ found: { source: 'npm', fontconfigPath: join(tmpdir(), 'fonts') } });
  });

  it('says what it looked for when there is nothing', () => {
    const result = pickChromium(machine([], { npmBrowser: false }));
    expect(result).toEqual({
      missing:
        'no Chromium or Chrome at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, /usr/bin/google-chrome-stable; ' +
        '@sparticuz/chromium was not installed (npm ci installs it). Install Chrome or Chromium, or set CHROME_PATH',
    });
  });
});

describe('the npm browser’s flags', () => {
  const theirs = [
    '--disable-print-preview',
    '--single-process',
    '--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process',
    '--enable-features=SharedArrayBuffer',
    '--use-angle=swiftshader',
    '--disable-web-security',
    '--allow-running-insecure-content',
    '--disable-site-isolation-trials',
    "--headless='shell'",
    '--no-zygote',
  ];

  it('keeps what its build needs and drops what would close the browser with a context or hide a security check', () => {
    expect(npmBrowserArgs(theirs)).toEqual(['--disable-print-preview', '--use-angle=swiftshader', '--no-zygote']);
  });

  it('every launch runs without a sandbox (root) and off the network', () => {
    expect(CHROME_ARGS).toContain('--no-sandbox');
    expect(CHROME_ARGS).toContain('--disable-background-networking');
  });
});
