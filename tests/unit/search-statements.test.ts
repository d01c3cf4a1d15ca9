import { describe, expect, it } from 'vitest';
import type { SubResult } from '../../src/core/search/engine.ts';
import {
  introductionScore,
  rankStatements,
  statementId,
  statementIds,
  statementsNamed,
  statementText,
  subResultScore,
} from '../../src/core/search/statements.ts';

/** A fake sub-result of a domain page: a statement heading (or the introduction, with no id) and its word scores. */
function sub(id: string | undefined, ...scores: number[]): SubResult {
  return {
    title: id ? `${id} Statement ${id}` : 'Professional boundaries',
    url: `/framework/boundaries/${id ? `#${id}` : ''}`,
    excerpt: `excerpt of ${id ?? 'the introduction'}`,
    weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
    ...(id ? { anchor: { id, element: 'h2' } } : {}),
  };
}

describe('a sub-result', () => {
  it('scores the sum of its words\' balanced scores, and nothing without words', () => {
    expect(subResultScore(sub('BND-01', 2, 3.5))).toBe(5.5);
    expect(subResultScore({})).toBe(0);
  });

  it('is a statement when its heading\'s id is a statement id', () => {
    expect(statementId(sub('BND-03'))).toBe('BND-03');
    expect(statementId(sub(undefined))).toBeUndefined();
    expect(statementId({ anchor: { id: 'retired', element: 'h2' } })).toBeUndefined();
  });

  it('reads the statement from its heading without the id', () => {
    expect(statementText('BND-03 I decline gifts politely.', 'BND-03')).toBe('I decline gifts politely.');
    expect(statementText(' I decline gifts politely. ', 'BND-03')).toBe('I decline gifts politely.');
  });
});

describe('ranking a domain page\'s statements', () => {
  it('orders them by score, leaves out the introduction, and keeps the excerpt', () => {
    const ranked = rankStatements([{ weight: 1, subs: [sub(undefined, 9), sub('BND-01', 1), sub('BND-03', 4)] }]);
    expect(ranked.map((s) => [s.id, s.score])).toEqual([
      ['BND-03', 4],
      ['BND-01', 1],
    ]);
    expect(ranked[0]).toMatchObject({ statement: 'Statement BND-03', excerpt: 'excerpt of BND-03' });
  });

  it('adds up the steps of the plan, each times its weight', () => {
    const ranked = rankStatements([
      { weight: 1, subs: [sub('BND-01', 3), sub('BND-02', 2)] },
      { weight: 0.5, subs: [sub('BND-02', 4)] },
    ]);
    expect(ranked.map((s) => [s.id, s.score])).toEqual([
      ['BND-02', 4],
      ['BND-01', 3],
    ]);
  });

  it('keeps at most the cap, so one domain cannot fill the first page', () => {
    const subs = ['BND-01', 'BND-02', 'BND-03', 'BND-04', 'BND-05'].map((id, i) => sub(id, i + 1));
    expect(rankStatements([{ weight: 1, subs }]).map((s) => s.id)).toEqual(['BND-05', 'BND-04', 'BND-03']);
    expect(rankStatements([{ weight: 1, subs }], 1).map((s) => s.id)).toEqual(['BND-05']);
  });

  it('leaves out statements already listed', () => {
    const subs = [sub('BND-01', 3), sub('BND-02', 2)];
    expect(rankStatements([{ weight: 1, subs }], 3, new Set(['BND-01'])).map((s) => s.id)).toEqual(['BND-02']);
  });

  it('scores the introduction apart, over the steps of the plan', () => {
    expect(introductionScore([{ weight: 1, subs: [sub(undefined, 4), sub('BND-01', 9)] }, { weight: 0.5, subs: [sub(undefined, 2)] }])).toBe(5);
    expect(introductionScore([{ weight: 1, subs: [sub('BND-01', 9)] }])).toBe(0);
  });

  it('finds nothing when only the introduction matched', () => {
    expect(rankStatements([{ weight: 1, subs: [sub(undefined, 5)] }])).toEqual([]);
  });
});

describe('statement ids typed in a query', () => {
  it('reads ids with or without the hyphen, in capitals, once each', () => {
    expect(statementIds('BND-03')).toEqual(['BND-03']);
    expect(statementIds('bnd03 and TRS-02, bnd-03')).toEqual(['BND-03', 'TRS-02']);
  });

  it('ignores words and numbers that only look a little like ids', () => {
    expect(statementIds('top 10 tips')).toEqual([]);
    expect(statementIds('gift')).toEqual([]);
    expect(statementIds('ABCD-123')).toEqual([]);
  });

  it('finds a named statement among a page\'s headings, with its heading as the excerpt, escaped', () => {
    const anchors = [
      { id: 'boundaries', text: 'Professional boundaries' },
      { id: 'BND-03', text: 'BND-03 I decline gifts <politely>' },
    ];
    expect(statementsNamed(anchors, ['BND-03', 'BND-99'])).toEqual([
      { id: 'BND-03', statement: 'I decline gifts <politely>', excerpt: 'I decline gifts &lt;politely&gt;', score: Infinity },
    ]);
  });
});
