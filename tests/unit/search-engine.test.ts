import { describe, expect, it } from 'vitest';
import { searchPlan, type Hit, type PagefindLike } from '../../src/lib/search/engine.ts';
import { parseType } from '../../src/lib/search/types.ts';
import type { Analysis } from '../../src/lib/search/query.ts';

/** A fake Pagefind: word → type → hits. */
function fake(index: Record<string, Record<string, [string, number][]>>): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(q, options) {
      const type = options?.filters?.['type'] ?? '';
      asked.push(`${q}|${type}`);
      const hits = index[q]?.[type] ?? [];
      return { results: hits.map(([id, score]): Hit => ({ id, score, data: async () => ({ url: `/${id}/`, excerpt: q, meta: {} }) })) };
    },
  };
}

const analysis = (...qs: string[]): Analysis => ({ query: qs.join(' '), corrections: [], expansions: [], plan: qs.map((q) => ({ q, weight: 1 })) });

describe('running a plan against Pagefind', () => {
  const pagefind = fake({
    gift: { guidance: [['boundaries', 4]], competency: [['BND-03', 6]], sheet: [] },
    money: { guidance: [['boundaries', 1]], competency: [['BND-03', 1]], sheet: [['sheet-bnd', 2]] },
  });

  it('asks once per step and type, and counts a competency or a sheet for half', async () => {
    const found = await searchPlan(pagefind, analysis('gift', 'money'));
    expect(found.map(({ id, score, type }) => [id, score, type])).toEqual([
      ['boundaries', 5, 'guidance'],
      ['BND-03', 3.5, 'competency'],
      ['sheet-bnd', 1, 'sheet'],
    ]);
    expect(pagefind.asked).toHaveLength(6);
  });

  it('asks for one type only when filtered, at full weight', async () => {
    const found = await searchPlan(pagefind, analysis('gift', 'money'), 'competency');
    expect(found.map(({ id, score }) => [id, score])).toEqual([['BND-03', 7]]);
  });

  it('keeps the result of the step that counted most, for its excerpt', async () => {
    const [first] = await searchPlan(pagefind, analysis('money', 'gift'));
    expect((await first!.hit.data()).excerpt).toBe('gift');
  });
});

describe('result types', () => {
  it('reads ?type= and ignores anything unknown', () => {
    expect(parseType('sheet')).toBe('sheet');
    expect(parseType('all')).toBeUndefined();
    expect(parseType(null)).toBeUndefined();
  });
});
