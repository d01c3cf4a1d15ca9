/**
 * scripts/offline.ts on tiny built sites. One has a page over Workbox's 2 MB limit: the build goes on, says which
 * file is left to the runtime cache, and the worker precaches everything else and routes that file. The other
 * is over the 5 MB budget: its statement pages are left to the visit instead of precached.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRECACHE_MAX_FILE_BYTES, PRECACHE_WARN_BYTES } from '../../src/build/precache.ts';

const dist = mkdtempSync(join(tmpdir(), 'rapport-offline-'));
const big = mkdtempSync(join(tmpdir(), 'rapport-offline-'));
afterAll(() => {
  for (const dir of [dist, big]) rmSync(dir, { recursive: true, force: true });
});

/** A built site's minimum, and a statement page. */
function site(dir: string): void {
  mkdirSync(join(dir, 'c/BND-03'), { recursive: true });
  mkdirSync(join(dir, 'offline'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(dir, 'offline/index.html'), '<!doctype html><title>Not saved on this device yet</title>');
  writeFileSync(join(dir, 'c/BND-03/index.html'), '<!doctype html><title>BND-03</title>');
}
const offline = (dir: string) => spawnSync('npx', ['tsx', 'scripts/offline.ts'], { env: { ...process.env, RAPPORT_DIST: dir }, encoding: 'utf8' });

describe('offline step with a page too large to precache', () => {
  site(dist);
  mkdirSync(join(dist, 'framework/coverage'), { recursive: true });
  writeFileSync(join(dist, 'framework/coverage/index.html'), `<!doctype html><title>Coverage</title>${'x'.repeat(PRECACHE_MAX_FILE_BYTES)}`);
  mkdirSync(join(dist, 'print'), { recursive: true });
  writeFileSync(join(dist, 'print/index.html'), '<!doctype html><title>The whole guide</title>');
  const run = offline(dist);

  it('succeeds and names the file that works offline only once opened', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/over 2048 KB, so working offline only once opened online \(1\):\s+framework\/coverage\/index\.html/);
  });

  it('does not call a small printout, kept once opened by design, too large', () => {
    expect(run.stderr).not.toContain('print/index.html');
    expect(run.stdout).toContain('printouts saved when first opened, as they repeat pages kept offline: 1');
  });

  it('precaches the rest, and routes the large page to the network first', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(sw).toContain('"index.html"');
    expect(sw).toContain('"404.html"');
    expect(sw).not.toContain('"framework/coverage/index.html"');
    expect(sw).toContain('framework\\/coverage\\/');
    expect(sw).toContain('rapport-large-files');
  });

  it('precaches statement pages while the rest is under the budget (the large page does not count)', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(sw).toContain('"c/BND-03/index.html"');
    expect(run.stderr).not.toMatch(/statement pages/);
  });
});

describe('offline step with a site over the precache budget', () => {
  site(big);
  // Three files under the 2 MB limit each, together over the 5 MB budget: without the statement page still over.
  const size = Math.ceil(PRECACHE_WARN_BYTES / 3) + 1;
  for (const name of ['a', 'b', 'c']) writeFileSync(join(big, `${name}.bin`), 'x'.repeat(size));
  mkdirSync(join(big, 'sheets'), { recursive: true });
  writeFileSync(join(big, 'sheets/boundaries.pdf'), '%PDF-1.4');
  const run = offline(big);
  const sw = readFileSync(join(big, 'sw.js'), 'utf8');

  it('saves statement pages, then sheet PDFs, when first opened, and says so', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/over 5120 KB, so its 1 statement page and 1 sheet PDF are saved when first opened/);
    expect(sw).not.toContain('"c/BND-03/index.html"');
    expect(sw).not.toContain('"sheets/boundaries.pdf"');
    expect(sw).toContain('"a.bin"');
  });

  it('routes them to the network first, with the "not saved yet" page offline', () => {
    expect(sw).toContain(String.raw`\/c\/[^/?#]+\/(?:index\.html)?`);
    expect(sw).toContain(String.raw`[^?#]*\.pdf`);
    expect(sw).toContain('"offline/index.html"');
    expect(sw).toContain('fallbackURL:"offline/index.html"');
  });
});
