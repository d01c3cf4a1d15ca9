import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_FILE_BYTES, MIN_BYTES, compressDir, type CompressStats } from '../../src/build/compress.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-compress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = `<!doctype html><title>x</title>${'<p>Say no kindly to gifts of money.</p>\n'.repeat(200)}`;

describe('precompression', () => {
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '_astro/site.css'), 'body { color: #1b1b1b; }\n'.repeat(100));
  writeFileSync(join(dir, 'tiny.js'), 'export {};');
  // Over the size where brotli drops to a faster quality.
  writeFileSync(join(dir, 'print.html'), page.repeat(Math.ceil(LARGE_FILE_BYTES / page.length) + 1));
  writeFileSync(join(dir, 'sheet.pdf'), Buffer.alloc(4096, 7));
  writeFileSync(join(dir, 'gone.html.gz'), 'left from an earlier build');
  let first: CompressStats;
  beforeAll(async () => {
    first = await compressDir(dir);
  });

  it('writes .gz and .br that unpack to the very same bytes', () => {
    for (const file of ['index.html', '_astro/site.css', 'print.html']) {
      const original = readFileSync(join(dir, file));
      // Buffer.equals: toEqual compares a megabyte byte by byte, far too slowly.
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), `${file}.br`).toBe(true);
    }
    expect(first.files).toBe(3);
    expect(first.brotliBytes).toBeLessThan(first.gzipBytes);
    expect(first.gzipBytes).toBeLessThan(first.bytes / 5);
  });

  it('leaves binary files and files under the threshold alone', () => {
    expect('export {};'.length).toBeLessThan(MIN_BYTES);
    expect(existsSync(join(dir, 'tiny.js.gz'))).toBe(false);
    expect(existsSync(join(dir, 'sheet.pdf.gz'))).toBe(false);
  });

  it('removes compressed files whose original is gone, and gives the same result when run again', async () => {
    expect(first.removed).toBe(1);
    expect(existsSync(join(dir, 'gone.html.gz'))).toBe(false);
    const again = await compressDir(dir);
    expect(again).toEqual({ ...first, removed: 0 });
  });
});
