/**
 * One fixture folder per kind of problem under tests/fixtures/crosscheck/<case>/: its files are laid over
 * the valid _base content, and the cross-check must print exactly expected.txt. UPDATE=1 rewrites them.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrosscheck } from '../../src/lib/crosscheck/index.ts';
import { formatMessage } from '../../src/lib/crosscheck/messages.ts';
import { containsTerm } from '../../src/lib/crosscheck/check-evidence.ts';

const FIXTURES = 'tests/fixtures/crosscheck';
const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('_'));
const work = mkdtempSync(join(tmpdir(), 'rapport-crosscheck-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the cross-check on _base with the case's files on top; paths in messages read "content/…". */
function run(name?: string) {
  const dir = join(work, name ?? 'base');
  cpSync(join(FIXTURES, '_base'), dir, { recursive: true });
  if (name) {
    if (existsSync(join(FIXTURES, name, 'content'))) cpSync(join(FIXTURES, name, 'content'), join(dir, 'content'), { recursive: true });
    if (existsSync(join(FIXTURES, name, 'delete-framework'))) rmSync(join(dir, 'content/competencies/framework.yaml'));
  }
  const report = runCrosscheck(join(dir, 'content'));
  return { report, lines: report.messages.map((m) => formatMessage(m).split(`${dir}/`).join('')) };
}

describe('cross-check', () => {
  it('passes the valid base fixture', () => {
    const { report, lines } = run();
    expect(lines).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts).toMatchObject({ domains: 1, statements: 2, retired: 1, sections: 2, coveredSections: 2 });
  });

  it('has a fixture for every rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });

  it.each(cases)('%s: fails with its exact message', (name) => {
    const { report, lines } = run(name);
    const expectedFile = join(FIXTURES, name, 'expected.txt');
    if (process.env['UPDATE']) writeFileSync(expectedFile, `${lines.join('\n')}\n`);
    expect(report.ok).toBe(false);
    expect(lines).toEqual(readFileSync(expectedFile, 'utf8').trimEnd().split('\n'));
  });
});

describe('terms', () => {
  it('match at the start of a word, in any case', () => {
    expect(containsTerm('Record any Gifts you are offered.', 'gift')).toBe(true);
    expect(containsTerm('Recording matters', 'record')).toBe(true);
    expect(containsTerm('It went unrecorded', 'record')).toBe(false);
    expect(containsTerm('a phone number', 'phone number')).toBe(true);
  });
});
