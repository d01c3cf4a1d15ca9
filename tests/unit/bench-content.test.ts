/** The benchmarks' synthetic guide must be content the build accepts, or their figures measure a failure. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { domainCount, generateContent, pageWord, writeContent } from '../support/synthetic-guide.ts';
import { runCrosscheck } from '../../src/build/crosscheck/index.ts';
import { formatMessage } from '../../src/build/crosscheck/messages.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic content for the benchmarks', () => {
  it('passes the cross-check, with five statements a page', () => {
    const files = generateContent({ pages: 30 });
    writeContent(dir, files);
    const report = runCrosscheck(dir);
    expect(report.messages.map(formatMessage)).toEqual([]);
    expect(report.counts).toMatchObject({ pages: 30, statements: 150, domains: 10, errors: 0 });
    expect(report.counts.coveredSections).toBe(report.counts.sections);
  });

  it('is the same on every run', () => {
    expect(generateContent({ pages: 5 })).toEqual(generateContent({ pages: 5 }));
  });

  it('never puts more than 99 statements in a domain, as the ids allow', () => {
    for (const statements of [100, 1000, 10_000, 50_000]) {
      expect(Math.ceil(statements / domainCount(statements))).toBeLessThanOrEqual(99);
    }
    expect([100, 1000, 10_000].map(domainCount)).toEqual([10, 12, 112]);
  });

  it('gives every page a word of its own', () => {
    const words = Array.from({ length: 5000 }, (_, n) => pageWord(n));
    expect(new Set(words).size).toBe(words.length);
  });
});
