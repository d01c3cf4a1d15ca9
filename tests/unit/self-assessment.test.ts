/** The saved self-assessment: reading back, refusing bad files, migrations, changes, and what supervision shows. */
import { describe, expect, it } from 'vitest';
import {
  KIND,
  SCHEMA_VERSION,
  describeContent,
  emptyDocument,
  exportFileName,
  exportText,
  fromImport,
  hasContent,
  importMessage,
  jsonErrorPosition,
  migrate,
  newId,
  readDocument,
  setNote,
  setPlan,
  setRating,
  storedMessage,
  type ReadResult,
  type SavedDocument,
} from '../../src/core/self-assessment/document.ts';
import { answered, leftOver, lowestRated } from '../../src/core/self-assessment/select.ts';
import { RATINGS, RATING_CODES, ratingLabel } from '../../src/core/ratings.ts';
import { RATINGS as SHEET_RATINGS } from '../../src/core/sheet.ts';
import { GIBBS_STAGES } from '../../src/core/self-assessment/gibbs.ts';

const FRAMEWORK = { title: 'Rapport competency framework', version: '1.0.0' };
const NOW = new Date('2026-11-27T10:00:00.000Z');

function sample(): SavedDocument {
  const doc = emptyDocument(FRAMEWORK, NOW);
  doc.details = { name: 'Sam', role: 'Care worker' };
  doc.answers = {
    'BND-03': { rating: 'good', note: 'Said no to a tenner' },
    'BND-04': { rating: 'new' },
    'EMP-01': { rating: 'refresh', note: 'Ask my senior' },
    'BND-90': { rating: 'adequate', note: 'From the old sheet' },
  };
  doc.plan = [{ what: 'Read the gifts policy', support: 'Team leader', by: 'January' }];
  doc.agenda = 'Gifts at Christmas';
  doc.reflections = [
    {
      id: 'mif3-abc',
      created: '2026-11-20T09:00:00.000Z',
      updated: '2026-11-20T09:30:00.000Z',
      title: 'A gift at the end of a visit',
      date: '2026-11-19',
      stages: { description: 'She offered me money.', feelings: 'Awkward.' },
      supervision: true,
    },
  ];
  return doc;
}

const failed = (r: ReadResult) => {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
};

describe('reading a saved or exported document', () => {
  it('gives back exactly what was exported, without the export stamp', () => {
    const doc = sample();
    const text = exportText(doc, NOW);
    expect(JSON.parse(text).exportedAt).toBe(NOW.toISOString());
    expect(JSON.parse(text).framework.version).toBe('1.0.0');
    const read = readDocument(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(fromImport(read.doc)).toEqual(doc);
  });

  it('keeps answers to retired statements', () => {
    const read = readDocument(JSON.stringify(sample()));
    expect(read.ok && read.doc.answers['BND-90']).toEqual({ rating: 'adequate', note: 'From the old sheet' });
  });

  it('refuses broken JSON and says where it broke', () => {
    const r = failed(readDocument('{\n  "kind": "rapport-self-assessment",\n  "schema": 1,\n'));
    expect(r.problem).toBe('json');
    const message = importMessage(r, 'answers.json');
    expect(message).toContain('“answers.json”');
    expect(message).toContain('not a complete JSON file');
    expect(message).toContain('have not been changed');
  });

  it('finds the line and column of a JSON error from its position', () => {
    const source = '{\n  "a": 1,\n  oops\n}';
    let error: unknown;
    try {
      JSON.parse(source);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorPosition(source, error)).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPosition(source, new Error('no position here'))).toBeUndefined();
  });

  it('refuses a JSON file that is not ours', () => {
    for (const text of ['{"hello": 1}', '[1, 2]', '"text"', 'null', '{"kind": "something-else", "schema": 1}']) {
      const r = failed(readDocument(text));
      expect(r.problem).toBe('foreign');
      expect(importMessage(r, 'x.json')).toContain('not a self-assessment file from this site');
    }
  });

  it('refuses a file from a newer version, naming the versions', () => {
    const r = failed(readDocument(JSON.stringify({ ...sample(), schema: SCHEMA_VERSION + 1 })));
    expect(r).toEqual({ ok: false, problem: 'too-new', schema: SCHEMA_VERSION + 1 });
    expect(importMessage(r, 'new.json')).toContain(`file format ${SCHEMA_VERSION + 1}; this site reads format ${SCHEMA_VERSION}`);
    expect(storedMessage(r)).toContain('newer version');
  });

  it('refuses damaged content and names the fields', () => {
    const doc = sample() as unknown as { answers: Record<string, unknown> };
    doc.answers['BND-03'] = { rating: 'excellent' };
    doc.answers['not an id'] = { rating: 'good' };
    const r = failed(readDocument(JSON.stringify(doc)));
    expect(r.problem).toBe('invalid');
    if (r.problem !== 'invalid') return;
    expect(r.where).toContain('answers › BND-03 › rating');
    expect(r.where.some((w) => w.startsWith('answers › not an id'))).toBe(true);
    expect(importMessage(r, 'edited.json')).toContain('“answers › BND-03 › rating”');
  });

  it('refuses notes longer than the form allows, and a schema that is not a whole number', () => {
    const long = sample();
    long.answers['BND-03'] = { note: 'x'.repeat(2001) };
    expect(failed(readDocument(JSON.stringify(long))).problem).toBe('invalid');
    expect(failed(readDocument(JSON.stringify({ ...sample(), schema: 0.5 })))).toEqual({ ok: false, problem: 'invalid', where: ['schema'] });
    expect(failed(readDocument(JSON.stringify({ ...sample(), schema: '1' })))).toEqual({ ok: false, problem: 'invalid', where: ['schema'] });
  });
});

describe('migrations', () => {
  it('runs each step in turn and stamps the new format', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, a: 'from 1' }),
      2: (d: Record<string, unknown>) => ({ ...d, b: `${String(d['a'])} then 2` }),
    };
    expect(migrate({ schema: 1 }, 1, 3, steps)).toEqual({ schema: 3, a: 'from 1', b: 'from 1 then 2' });
    expect(migrate({ schema: 2, a: 'x' }, 2, 3, steps)).toEqual({ schema: 3, a: 'x', b: 'x then 2' });
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrate({}, 1, 2, {})).toThrow('No migration from format 1 to 2');
  });

  it('has a step for every older format', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(() => migrate({ schema: v }, v)).not.toThrow();
    expect(readDocument(JSON.stringify(sample())).ok).toBe(true);
  });
});

describe('changes to the document', () => {
  it('sets ratings and notes, and drops an answer left empty', () => {
    const doc = emptyDocument(FRAMEWORK, NOW);
    setRating(doc, 'BND-01', 'adequate');
    setNote(doc, 'BND-01', 'An example');
    expect(doc.answers['BND-01']).toEqual({ rating: 'adequate', note: 'An example' });
    setNote(doc, 'BND-01', '   ');
    expect(doc.answers['BND-01']).toEqual({ rating: 'adequate' });
    setNote(doc, 'BND-02', 'Only a note');
    setNote(doc, 'BND-02', '');
    expect(doc.answers).not.toHaveProperty('BND-02');
  });

  it('keeps action plan rows in place but drops empty ones at the end', () => {
    const doc = emptyDocument(FRAMEWORK, NOW);
    setPlan(doc, [{ what: '', support: '', by: '' }, { what: 'Shadow a senior', support: '', by: 'March' }, { what: ' ', support: '', by: '' }]);
    expect(doc.plan).toEqual([{}, { what: 'Shadow a senior', by: 'March' }]);
  });

  it('knows when there is something to lose, and says what', () => {
    const empty = emptyDocument(FRAMEWORK, NOW);
    expect(hasContent(empty)).toBe(false);
    expect(hasContent({ ...empty, details: { name: 'Sam' } })).toBe(true);
    expect(hasContent({ ...empty, agenda: 'x' })).toBe(true);
    expect(describeContent(sample())).toBe('4 answers, an action plan and 1 reflection');
    expect(describeContent({ ...empty, answers: { 'BND-01': { rating: 'good' } } })).toBe('1 answer');
  });

  it('names files by date and makes distinct ids that the schema accepts', () => {
    expect(exportFileName(NOW)).toBe('my-self-assessment-2026-11-27.json');
    const a = newId(NOW, () => 0.1);
    const b = newId(NOW, () => 0.2);
    expect(a).not.toBe(b);
    const doc = sample();
    doc.reflections[0]!.id = a;
    expect(readDocument(JSON.stringify(doc)).ok).toBe(true);
  });

  it('is marked as ours', () => {
    expect(JSON.parse(exportText(sample(), NOW)).kind).toBe(KIND);
  });
});

describe('what the pages show', () => {
  const order = ['BND-01', 'BND-03', 'BND-04', 'EMP-01', 'EMP-02'];

  it('counts a statement as answered only once it has a rating', () => {
    const doc = sample();
    doc.answers['EMP-02'] = { note: 'No rating yet' };
    expect(answered(doc, order)).toBe(3);
  });

  it('puts the lowest ratings first for supervision, in framework order, never "Good", never retired', () => {
    const doc = sample();
    doc.answers['BND-01'] = { rating: 'refresh' };
    expect(lowestRated(doc, order)).toEqual(['BND-04', 'BND-01', 'EMP-01']);
    expect(lowestRated(doc, order, 2)).toEqual(['BND-04', 'BND-01']);
    expect(lowestRated(emptyDocument(FRAMEWORK, NOW), order)).toEqual([]);
  });

  it('finds answers to statements the framework no longer has', () => {
    const doc = sample();
    doc.answers['ZZZ-01'] = { rating: 'good' };
    expect(leftOver(doc, order)).toEqual(['BND-90', 'ZZZ-01']);
  });

  it('uses the same four ratings as the printed sheets', () => {
    expect(SHEET_RATINGS).toBe(RATINGS);
    expect(RATING_CODES).toHaveLength(RATINGS.length);
    expect(RATING_CODES.map(ratingLabel)).toEqual([...RATINGS]);
  });

  it("asks Gibbs' six questions in order", () => {
    expect(GIBBS_STAGES.map((s) => s.title)).toEqual(['Description', 'Feelings', 'Evaluation', 'Analysis', 'Conclusion', 'Action plan']);
  });
});
