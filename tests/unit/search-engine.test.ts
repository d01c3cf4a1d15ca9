import { describe, expect, it } from 'vitest';
import { searchPlan, type Hit, type PagefindLike } from '../../src/core/search/engine.ts';
import { parseType } from '../../src/core/search/types.ts';
import type { Analysis } from '../../src/core/search/query.ts';

/**
 * A fake Pagefind: word → type → hits; with no word, the `domain` filter → hits. Like the built index, only
 * competencies and sheets carry the type filter: a search without one finds the pages of every type.
 */
function fake(index: Record<string, Record<string, [string, number][]>>): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(q, options) {
      const type = options?.filters?.['type'] ?? options?.filters?.['domain'];
      if (type === 'guidance') throw new Error('guidance pages have no type filter');
      asked.push(`${q}|${type ?? ''}`);
      const byType = index[q ?? ''] ?? {};
      const hits = type ? (byType[type] ?? []) : Object.values(byType).flat().sort((a, b) => b[1] - a[1]);
      return { results: hits.map(([id, score]): Hit => ({ id, score, data: async () => ({ url: `/${id}/`, excerpt: q ?? '', meta: {} }) })) };
    },
  };
}

const analysis = (...qs: string[]): Analysis => ({ query: qs.join(' '), corrections: [], spellings: [], expansions: [], plan: qs.map((q) => ({ q, weight: 1 })), framework: false, situations: [] });

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

  it('finds guidance as the pages of no other type, since guidance pages carry no type filter', async () => {
    const found = await searchPlan(pagefind, analysis('gift', 'money'), 'guidance');
    expect(found.map(({ id, score, type }) => [id, score, type])).toEqual([['boundaries', 5, 'guidance']]);
  });

  it('keeps the result of the step that counted most, for its excerpt', async () => {
    const [first] = await searchPlan(pagefind, analysis('money', 'gift'));
    expect((await first!.hit.data()).excerpt).toBe('gift');
  });

  it('keeps every step that found a page, with its weight, to score a domain page\'s statements', async () => {
    const found = await searchPlan(pagefind, analysis('gift', 'money'));
    const competency = found.find((f) => f.id === 'BND-03')!;
    expect(competency.steps.map((s) => s.weight)).toEqual([0.5, 0.5]);
    expect(await Promise.all(competency.steps.map(async (s) => (await s.hit.data()).excerpt))).toEqual(['gift', 'money']);
  });
});

describe('statement ids in a query', () => {
  const pagefind = fake({
    '': { BND: [['framework/boundaries', 1]] },
    'bnd 03': { guidance: [['drawing-boundaries', 2]] },
  });

  it('puts the domain page of a typed id first, standing for that statement, found by its domain filter', async () => {
    const found = await searchPlan(pagefind, { ...analysis('bnd 03'), query: 'BND-03' });
    expect(found.map((f) => [f.id, f.type, f.statements])).toEqual([
      ['framework/boundaries', 'competency', ['BND-03']],
      ['drawing-boundaries', 'guidance', undefined],
    ]);
    expect(pagefind.asked).toContain('null|BND');
  });

  it('does not look ids up when only guidance or sheets are asked for', async () => {
    const found = await searchPlan(pagefind, { ...analysis('bnd 03'), query: 'BND-03' }, 'guidance');
    expect(found.map((f) => f.id)).toEqual(['drawing-boundaries']);
  });
});

describe('result types', () => {
  it('reads ?type= and ignores anything unknown', () => {
    expect(parseType('sheet')).toBe('sheet');
    expect(parseType('all')).toBeUndefined();
    expect(parseType(null)).toBeUndefined();
  });
});

describe('ranking by how close the words stand', () => {
  /** Hits with word positions: word → [page, score, positions]. */
  function placed(index: Record<string, [string, number, number[]][]>): PagefindLike {
    return {
      async search(q, options) {
        if (options?.filters) return { results: [] };
        return { results: (index[q ?? ''] ?? []).map(([id, score, words]): Hit => ({ id, score, words, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) })) };
      },
    };
  }

  it('puts the page holding the words together above one that scores more with them apart', async () => {
    const pagefind = placed({
      knock: [['core-values', 2, [40]], ['long-page', 2, [10]]],
      door: [['core-values', 1, [43]], ['long-page', 2, [300, 600]]],
    });
    const found = await searchPlan(pagefind, analysis('knock', 'door'));
    // Apart: long-page 4, core-values 3. Together: core-values 3 × 1.5 = 4.5.
    expect(found.map(({ id, score }) => [id, score])).toEqual([
      ['core-values', 4.5],
      ['long-page', 4],
    ]);
  });

  it('reads positions from one-word steps only (a phrase step mixes its words)', async () => {
    const pagefind = placed({
      'knock door': [['long-page', 1, [10, 11]]],
      knock: [['long-page', 1, [10]]],
      door: [['long-page', 1, [500]]],
    });
    const [page] = await searchPlan(pagefind, analysis('knock door', 'knock', 'door'));
    expect(page!.score).toBe(3);
  });
});

describe('a query that asks for the framework', () => {
  const pagefind = fake({
    lone: { guidance: [['keeping-safe', 4]], competency: [['SAW', 3]], sheet: [['sheet-saw', 3]] },
  });

  it('counts competencies and sheets for half otherwise', async () => {
    const found = await searchPlan(pagefind, analysis('lone'));
    expect(found.map(({ id, score }) => [id, score])).toEqual([['keeping-safe', 4], ['SAW', 1.5], ['sheet-saw', 1.5]]);
  });

  it('counts them in full when it names them ("lone working competencies")', async () => {
    const found = await searchPlan(pagefind, { ...analysis('lone'), framework: true });
    expect(found.map(({ id, score }) => [id, score])).toEqual([['keeping-safe', 4], ['SAW', 3], ['sheet-saw', 3]]);
  });
});

describe('a plan that finds nothing', () => {
  const pagefind = fake({ tell: { guidance: [['sharing-about-yourself', 2]] } });

  it('tries the wider plan with the stop words that can name a topic', async () => {
    const found = await searchPlan(pagefind, { ...analysis('depression'), fallback: [{ q: 'tell', weight: 1 }, { q: 'depression', weight: 1 }] });
    expect(found.map(({ id }) => id)).toEqual(['sharing-about-yourself']);
  });

  it('does not widen a plan that found something', async () => {
    const found = await searchPlan(pagefind, { ...analysis('tell'), fallback: [{ q: 'nothing', weight: 1 }] });
    expect(found.map(({ id }) => id)).toEqual(['sharing-about-yourself']);
  });
});
