/**
 * scripts/offline.ts on a tiny built site with one page over Workbox's 2 MB limit: the build goes on, says
 * which file is left to the runtime cache, and the worker precaches everything else and routes that file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRECACHE_MAX_FILE_BYTES } from '../../src/lib/precache.ts';

const dist = mkdtempSync(join(tmpdir(), 'rapport-offline-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('offline step with a page too large to precache', () => {
  mkdirSync(join(dist, 'framework/coverage'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(dist, 'framework/coverage/index.html'), `<!doctype html><title>Coverage</title>${'x'.repeat(PRECACHE_MAX_FILE_BYTES)}`);
  const run = spawnSync('npx', ['tsx', 'scripts/offline.ts'], { env: { ...process.env, RAPPORT_DIST: dist }, encoding: 'utf8' });

  it('succeeds and names the file that works offline only once opened', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/over 2048 KB, so working offline only once opened online \(1\):\s+framework\/coverage\/index\.html/);
  });

  it('precaches the rest, and routes the large page to the network first', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(sw).toContain('"index.html"');
    expect(sw).toContain('"404.html"');
    expect(sw).not.toContain('"framework/coverage/index.html"');
    expect(sw).toContain('framework\\/coverage\\/');
    expect(sw).toContain('rapport-large-files');
  });
});
