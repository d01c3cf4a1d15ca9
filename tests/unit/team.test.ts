/** The team view's pure logic: reading staff files, the matrix, "most need", the training summary and CSV. */
import { describe, expect, it } from 'vitest';
import type { TeamFramework } from '../../src/core/team/framework.ts';
import { freshKey, nameOf, parseTeam, readStaffFile, serialiseTeam, type Person } from '../../src/core/team/people.ts';
import { buildMatrix, byMostNeed, filterRows, need, readiness, trainingNeeds } from '../../src/core/team/matrix.ts';
import { csvField, matrixCsv } from '../../src/core/team/csv.ts';
import { exportFile, teamExports } from '../support/team-exports.ts';
import type { RatingCode } from '../../src/core/ratings.ts';

// BND-90 was split into BND-01 and BND-02; EMP-01 is for leaders.
const FW: TeamFramework = {
  title: 'F',
  version: '2.0.0',
  domains: [
    { slug: 'boundaries', title: 'Boundaries' },
    { slug: 'empathy', title: 'Empathy' },
  ],
  statements: [
    { id: 'BND-01', domain: 'boundaries', level: 'all', text: 'Keeps boundaries' },
    { id: 'BND-02', domain: 'boundaries', level: 'all', text: 'Says no kindly' },
    { id: 'EMP-01', domain: 'empathy', level: 'lead', text: 'Models empathy' },
  ],
  replacements: { 'BND-90': ['BND-01', 'BND-02'] },
};

function person(file: string, answers: Record<string, RatingCode>, name?: string): Person {
  const read = readStaffFile(file, exportFile({ name, answers: Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, { rating: r }])) }));
  if (!read.ok) throw new Error(read.message);
  return { key: file, file, doc: read.doc };
}

describe('reading staff files', () => {
  it('keeps only names, role and ratings: notes, plans and agendas are dropped', () => {
    const read = readStaffFile('sam.json', exportFile({ name: 'Sam', answers: { 'BND-01': { rating: 'good', note: 'Private' }, 'BND-02': { note: 'Only a note' } } }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.doc.answers).toEqual({ 'BND-01': { rating: 'good' } });
    expect(read.doc.details).toEqual({ name: 'Sam', role: 'Support worker' });
    expect(read.doc.plan).toEqual([]);
    expect(read.doc.agenda).toBeUndefined();
    expect(read.doc.exportedAt).toBeUndefined();
  });

  it('refuses damaged, foreign, too-new and edited files, naming the file and what to do', () => {
    const cut = readStaffFile('cut.json', exportFile({ name: 'Cut' }).slice(0, 60));
    expect(cut).toEqual({ ok: false, message: expect.stringMatching(/^“cut\.json” was not loaded: it is not a complete JSON file \(the problem is near line \d+, column \d+\).*Export my answers/) });
    expect(readStaffFile('x.json', '{"kind":"something-else"}')).toEqual({ ok: false, message: expect.stringContaining('“x.json” was not loaded: it is not a self-assessment export from this site') });
    const newer = exportFile().replace('"schema": 1', '"schema": 99');
    expect(readStaffFile('new.json', newer)).toEqual({ ok: false, message: expect.stringContaining('saved by a newer version of this site (file format 99; this page reads format 1)') });
    const edited = exportFile({ answers: { 'BND-01': { rating: 'brilliant' as RatingCode } } });
    expect(readStaffFile('e.json', edited)).toEqual({ ok: false, message: expect.stringContaining('“answers › BND-01 › rating” is not valid') });
  });

  it('names people by display name, then "About you", then file name', () => {
    const p = person('sam-2026.json', {}, 'Sam Example');
    expect(nameOf(p)).toBe('Sam Example');
    expect(nameOf({ ...p, displayName: 'Sam E.' })).toBe('Sam E.');
    expect(nameOf(person('ali.json', {}))).toBe('ali');
  });

  it('gives a second file of the same name its own key', () => {
    expect(freshKey('a.json', new Set())).toBe('a.json');
    expect(freshKey('a.json', new Set(['a.json', 'a.json (2)']))).toBe('a.json (3)');
  });

  it('reads back what "keep on this device" saved, through the same checks', () => {
    const people = [{ ...person('a.json', { 'BND-01': 'new' }, 'A'), displayName: 'Ann' }, person('b.json', { 'BND-02': 'good' })];
    const back = parseTeam(serialiseTeam(people));
    expect(back.map((p) => [p.key, nameOf(p), p.doc.answers])).toEqual([
      ['a.json', 'Ann', { 'BND-01': { rating: 'new' } }],
      ['b.json', 'b', { 'BND-02': { rating: 'good' } }],
    ]);
    const tampered = JSON.parse(serialiseTeam(people));
    tampered.people[1].doc.answers['BND-02'].rating = 'brilliant';
    expect(parseTeam(JSON.stringify(tampered)).map((p) => p.key)).toEqual(['a.json']);
    expect(parseTeam('not json')).toEqual([]);
    expect(parseTeam(null)).toEqual([]);
  });
});

describe('the matrix', () => {
  const people = [
    person('a.json', { 'BND-01': 'new', 'BND-02': 'refresh', 'EMP-01': 'good' }, 'A'),
    person('b.json', { 'BND-90': 'refresh', 'BND-02': 'good' }, 'B'),
    person('c.json', { 'BND-01': 'good' }, 'C'),
  ];
  const rows = buildMatrix(FW, people);

  it('has a row per current statement, a cell per person and the counts', () => {
    expect(rows.map((r) => r.statement.id)).toEqual(['BND-01', 'BND-02', 'EMP-01']);
    expect(rows[0]!.counts).toEqual({ new: 1, refresh: 1, adequate: 0, good: 1, none: 0 });
    expect(rows[2]!.counts).toEqual({ new: 0, refresh: 0, adequate: 0, good: 1, none: 2 });
  });

  it('shows an answer to a retired statement against its replacements, unless the person rated them', () => {
    expect(rows[0]!.cells[1]).toEqual({ rating: 'refresh', from: 'BND-90' });
    expect(rows[1]!.cells[1]).toEqual({ rating: 'good' });
    expect(rows[0]!.cells[0]).toEqual({ rating: 'new' });
  });

  it('sorts by most need: most people needing it, then most "New to me", then framework order', () => {
    expect(byMostNeed(rows).map((r) => [r.statement.id, need(r)])).toEqual([
      ['BND-01', 2],
      ['BND-02', 1],
      ['EMP-01', 0],
    ]);
    const tie = buildMatrix(FW, [person('x.json', { 'BND-01': 'refresh', 'BND-02': 'new' })]);
    expect(byMostNeed(tie).map((r) => r.statement.id)).toEqual(['BND-02', 'BND-01', 'EMP-01']);
  });

  it('filters by domain and level', () => {
    expect(filterRows(rows, { domain: 'empathy' }).map((r) => r.statement.id)).toEqual(['EMP-01']);
    expect(filterRows(rows, { level: 'all' }).map((r) => r.statement.id)).toEqual(['BND-01', 'BND-02']);
    expect(filterRows(rows, { domain: 'boundaries', level: 'lead' })).toEqual([]);
  });

  it('says how near each person is to sign-off', () => {
    expect(readiness(rows, 0)).toEqual({ confident: 1, rated: 3, total: 3 });
    expect(readiness(rows, 2)).toEqual({ confident: 1, rated: 1, total: 3 });
  });

  it('lists the statements to train on with who needs them, "New to me" first', () => {
    expect(trainingNeeds(rows, people)).toEqual([
      { statement: FW.statements[0], who: [{ name: 'A', rating: 'new' }, { name: 'B', rating: 'refresh' }] },
      { statement: FW.statements[1], who: [{ name: 'A', rating: 'refresh' }] },
    ]);
    expect(trainingNeeds(rows, people, 1)).toHaveLength(1);
  });

  it('downloads as CSV with a column per person and formulas defused', () => {
    const evil = { ...people[2]!, displayName: '=HYPERLINK("x")' };
    const csv = matrixCsv(FW, rows, [people[0]!, people[1]!, evil]);
    expect(csv.split('\r\n')).toEqual([
      `id,domain,level,statement,A,B,"'=HYPERLINK(""x"")",New to me,Needs refresh,Adequate,Good,Not rated`,
      'BND-01,Boundaries,all,Keeps boundaries,New to me,Needs refresh (as BND-90),Good,1,1,0,1,0',
      'BND-02,Boundaries,all,Says no kindly,Needs refresh,Good,,0,1,0,1,1',
      'EMP-01,Empathy,lead,Models empathy,Good,,,0,0,0,1,2',
      '',
    ]);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('a,b')).toBe('"a,b"');
  });
});

describe('benchmark', () => {
  it('builds and sorts the matrix for 200 people × 100 statements', () => {
    const statements = Array.from({ length: 100 }, (_, i) => ({ id: `${['BND', 'EMP', 'COM', 'VAL', 'END'][i % 5]}-${String(Math.floor(i / 5) + 1).padStart(2, '0')}`, domain: 'boundaries', level: 'all' as const, text: `S${i}` }));
    const fw: TeamFramework = { ...FW, statements, replacements: {} };
    const people = teamExports(200, statements.map((s) => s.id)).map((f) => {
      const read = readStaffFile(f.name, f.text);
      if (!read.ok) throw new Error(read.message);
      return { key: f.name, file: f.name, doc: read.doc };
    });
    buildMatrix(fw, people); // warm up
    const runs = 10;
    const start = performance.now();
    let rows = buildMatrix(fw, people);
    for (let i = 1; i < runs; i++) rows = buildMatrix(fw, people);
    const build = (performance.now() - start) / runs;
    const t = performance.now();
    const sorted = byMostNeed(rows);
    const sort = performance.now() - t;
    console.log(`Team matrix, 200 people × 100 statements: build ${build.toFixed(1)} ms, most-need sort ${sort.toFixed(1)} ms`);
    expect(rows).toHaveLength(100);
    expect(rows[0]!.cells).toHaveLength(200);
    expect(Object.values(rows[0]!.counts).reduce((a, b) => a + b)).toBe(200);
    expect(need(sorted[0]!)).toBeGreaterThanOrEqual(need(sorted[99]!));
  });
});
