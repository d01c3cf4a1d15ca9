import { describe, expect, it } from 'vitest';
import { contentWords, mergeRanked, planWeights, queryPlan } from '../../src/lib/search/query.ts';

describe('search query plan', () => {
  it('drops the words that carry no topic', () => {
    expect(contentWords('Can I add a client on Facebook?')).toEqual(['add', 'client', 'facebook']);
    expect(contentWords("what if they don't")).toEqual(['what', 'if', 'they', 'dont']);
  });

  it('asks for the whole query, then its content words, then each word', () => {
    expect(queryPlan('resident offered me a gift')).toEqual([
      'resident offered me a gift',
      'resident offered gift',
      'resident',
      'offered',
      'gift',
    ]);
    expect(queryPlan('gift')).toEqual(['gift']);
  });

  it('ranks pages found by more of the plan higher', () => {
    const merged = mergeRanked(
      [[{ id: 'a', score: 1 }], [{ id: 'b', score: 1 }], [{ id: 'b', score: 1 }, { id: 'c', score: 2 }]],
      planWeights(['x y', 'x', 'y']),
    );
    expect(merged).toEqual([{ id: 'a', score: 4 }, { id: 'b', score: 3 }, { id: 'c', score: 2 }]);
  });
});
