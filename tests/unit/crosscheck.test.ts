/**
 * One fixture folder per kind of problem under tests/fixtures/crosscheck/<case>/: its files are laid over
 * the valid _base content, and the cross-check must print exactly expected.txt. UPDATE=1 rewrites them.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrosscheck } from '../../src/build/crosscheck/index.ts';
import { formatMessage } from '../../src/build/crosscheck/messages.ts';
import { containsTerm } from '../../src/build/crosscheck/check-guidance.ts';

const FIXTURES = 'tests/fixtures/crosscheck';
const cases = readdirSync(FIXTURES).filter((name) => !name.startsWith('_'));
const work = mkdtempSync(join(tmpdir(), 'rapport-crosscheck-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of _base in work/<dir> with the case's files on top; returns the copy's folder. */
function layOver(name: string | undefined, dir = join(work, name ?? 'base')): string {
  cpSync(join(FIXTURES, '_base'), dir, { recursive: true });
  if (name) {
    if (existsSync(join(FIXTURES, name, 'content'))) cpSync(join(FIXTURES, name, 'content'), join(dir, 'content'), { recursive: true });
    if (existsSync(join(FIXTURES, name, 'delete-framework'))) rmSync(join(dir, 'content/competencies/framework.yaml'));
  }
  return dir;
}

/** Changes one file of a laid-over copy. */
function edit(file: string, from: string, to: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
}

/** Runs the cross-check on _base with the case's files on top; paths in messages read "content/…". */
function run(name?: string) {
  const dir = layOver(name);
  // options.json: settings from rapport.config.ts the case needs, e.g. { "hide": ["guidance/gifts"] }.
  const optionsFile = name && join(FIXTURES, name, 'options.json');
  const options = optionsFile && existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
  const report = runCrosscheck(join(dir, 'content'), options);
  return { report, lines: report.messages.map((m) => formatMessage(m).split(`${dir}/`).join('')) };
}

describe('cross-check', () => {
  it('passes the valid base fixture', () => {
    const { report, lines } = run();
    expect(lines).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts).toMatchObject({ domains: 1, statements: 2, retired: 1, sections: 2, coveredSections: 2, assessed: 2, mapped: 1 });
  });

  it('has a fixture for every rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(22);
    for (const rule of ['evidence-renamed', 'standard-unknown', 'standard-unmapped', 'replaced-by-unknown', 'replaced-by-retired']) expect(cases).toContain(rule);
  });

  it.each(cases)('%s: reports exactly its expected messages, and fails on an error', (name) => {
    const { report, lines } = run(name);
    const expectedFile = join(FIXTURES, name, 'expected.txt');
    if (process.env['UPDATE']) writeFileSync(expectedFile, `${lines.join('\n')}\n`);
    const expected = readFileSync(expectedFile, 'utf8').trimEnd().split('\n');
    expect(lines).toEqual(expected);
    // A fixture of warnings alone (standard-unmapped) passes; every other fails the build.
    expect(report.ok).toBe(!expected.some((line) => / error /.test(line)));
  });
});

describe('hidden sections and local pages', () => {
  it('hiding a page no statement rests on alone gives warnings, not errors, and drops it from coverage', () => {
    const dir = layOver('guidance-hidden', join(work, 'hide-warn'));
    // Give BND-01 a second home, so hiding "gifts" leaves every statement with guidance.
    edit(join(dir, 'content/competencies/boundaries.yaml'), '      - gifts#gifts-and-favours', '      - gifts#gifts-and-favours\n      - asking#when-you-are-unsure');
    const report = runCrosscheck(join(dir, 'content'), { hide: ['guidance/gifts'] });
    expect(report.ok).toBe(true);
    expect(report.messages.map((m) => `${m.severity} ${m.rule}`)).toEqual(['warning guidance-hidden', 'warning guidance-hidden']);
    expect(report.coverage.map((p) => p.slug)).toEqual(['asking']);
  });

  it('accepts local pages as guidance, shows them in coverage, and does not require them to be cited', () => {
    const dir = layOver('local-guidance', join(work, 'local-ok'));
    edit(join(dir, 'content/competencies/local-acme.yaml'), 'local/our-policy#writing-down]', 'local/our-policy#writing-it-down]');
    const report = runCrosscheck(join(dir, 'content'));
    expect(report.messages).toEqual([]);
    const local = report.coverage.find((p) => p.slug === 'local/our-policy');
    expect(local).toMatchObject({ local: true, statements: ['ACM-01', 'ACM-02'] });
    expect(local?.sections.map((s) => s.required)).toEqual([false, false]);
    expect(report.counts).toMatchObject({ sections: 2, coveredSections: 2 });
  });
});

describe('renamed fields', () => {
  it('reads a statement written with "evidence" as if renamed, so its references are still checked', () => {
    const dir = layOver('evidence-renamed', join(work, 'renamed-checked'));
    edit(join(dir, 'content/competencies/boundaries.yaml'), 'evidence: [gifts#when-you-are-unsure]', 'evidence: [gifts#when-unsure]');
    const report = runCrosscheck(join(dir, 'content'));
    expect(report.messages.map((m) => `${m.line}:${m.column} ${m.rule}`)).toEqual(['18:5 evidence-renamed', '18:16 guidance-heading', '21:1 section-uncovered']);
  });
});

describe('standards', () => {
  it('reports no gap while a domain file is left out for a schema error: it may map the standard', () => {
    const dir = layOver('standard-unmapped', join(work, 'unmapped-broken'));
    edit(join(dir, 'content/competencies/boundaries.yaml'), 'level: all', 'level: everyone');
    expect(runCrosscheck(join(dir, 'content')).messages.map((m) => m.rule)).toEqual(['schema']);
  });
});

describe('terms', () => {
  it('match at the start of a word, in any case', () => {
    expect(containsTerm('Record any Gifts you are offered.', 'gift')).toBe(true);
    expect(containsTerm('Recording matters', 'record')).toBe(true);
    expect(containsTerm('It went unrecorded', 'record')).toBe(false);
    expect(containsTerm('a phone number', 'phone number')).toBe(true);
  });
  it('treat letters in any script, digits and curly apostrophes the same way', () => {
    expect(containsTerm('un téléphone', 'phone')).toBe(false);
    expect(containsTerm('(Phone) us', 'phone')).toBe(true);
    expect(containsTerm('call 0phone', 'phone')).toBe(false);
    expect(containsTerm('𝐀phone', 'phone')).toBe(false);
    expect(containsTerm('rephone, then phone', 'phone')).toBe(true);
    expect(containsTerm('Don’t share it', "don't")).toBe(true);
  });
});

describe('quick answers', () => {
  it('leaves an answer into a hidden page off the site with a warning, not an error', () => {
    const dir = layOver('answer-link', join(work, 'answer-hidden'));
    const file = join(dir, 'content/quick-answers.yaml');
    edit(file, 'see: gifts#gifts\n', 'see: gifts#when-you-are-unsure\n');
    edit(file, 'see: asking#when-unsure', 'see: gifts#in-practice');
    expect(runCrosscheck(join(dir, 'content')).messages).toEqual([]);
    const report = runCrosscheck(join(dir, 'content'), { hide: ['guidance/gifts'] });
    expect(report.messages.filter((m) => m.rule === 'answer-hidden').map((m) => `${m.severity} ${m.line}`)).toEqual(['warning 6', 'warning 9', 'warning 12']);
  });
});

describe('review dates', () => {
  it('warns, with the line of reviewDue, about a page past its review date, and still passes', () => {
    const dir = layOver(undefined, join(work, 'overdue'));
    edit(join(dir, 'content/guidance/gifts.mdx'), 'lastReviewed: 2026-11-27\nreviewDue: 2099-11-27', 'lastReviewed: 2024-01-01\nreviewDue: 2025-01-01');
    const report = runCrosscheck(join(dir, 'content'), { today: new Date('2027-01-02T09:00:00Z') });
    expect(report.ok).toBe(true);
    expect(report.messages.map((m) => formatMessage(m).split(`${dir}/`).join(''))).toEqual([
      'content/guidance/gifts.mdx:14:1 warning the page was due for review on 2025-01-01; check it against current law and policy, then set lastReviewed and a new reviewDue [review-overdue]',
    ]);
  });

  it('says nothing on the due day itself', () => {
    const dir = layOver(undefined, join(work, 'due-today'));
    edit(join(dir, 'content/guidance/gifts.mdx'), 'reviewDue: 2099-11-27', 'reviewDue: 2027-01-01');
    expect(runCrosscheck(join(dir, 'content'), { today: new Date('2027-01-01T23:00:00Z') }).messages).toEqual([]);
  });
});
