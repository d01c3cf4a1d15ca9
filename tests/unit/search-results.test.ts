import { describe, expect, it } from 'vitest';
import type { Found, Hit, ResultData, SubResult } from '../../src/core/search/engine.ts';
import { resultPages, type ResultItem } from '../../src/core/search/results.ts';
import type { ResultType } from '../../src/core/search/types.ts';

/** A sub-result for a statement heading, scoring `score`. */
const statement = (id: string, score: number): SubResult => ({
  title: `${id} Statement ${id}`,
  url: `/framework/x/#${id}`,
  excerpt: id,
  weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
  anchor: { id, element: 'h2' },
});

/**
 * Like Pagefind, one object per page, changed by every data() call: each step's hit sets its own
 * sub-results on it. `loads` counts the calls, as a stand-in for fragments fetched.
 */
function pages() {
  let loads = 0;
  const objects = new Map<string, ResultData>();
  const hit = (id: string, data: Omit<ResultData, 'url' | 'excerpt'>, words?: number[]): Hit => ({
    id,
    score: 1,
    ...(words ? { words } : {}),
    async data() {
      loads++;
      const page = objects.get(id) ?? { url: `/${id}/`, excerpt: id, meta: {} };
      objects.set(id, Object.assign(page, data));
      return page;
    },
  });
  const found = (id: string, type: ResultType, ...steps: (Omit<ResultData, 'url' | 'excerpt'> & { own?: boolean; words?: number[] })[]): Found => {
    const hits = steps.map(({ own: _, words, ...s }) => hit(id, s, words));
    return { id, score: 1, type, hit: hits[0]!, steps: hits.map((h, i) => ({ hit: h, weight: 1, own: steps[i]!.own ?? false })) };
  };
  return { found, loads: () => loads };
}

const describeItem = (item: ResultItem) => (item.kind === 'page' ? item.data.url : item.match.id);
const domain = (title: string, ...subs: SubResult[]) => ({ meta: { title: 'BND', domain: title }, sub_results: subs });

describe('the list of results', () => {
  it('gives a guidance page the places of every step\'s word, for its excerpts, loading it once', async () => {
    const { found, loads } = pages();
    const sub: SubResult = { title: 'A', url: '/guide/#a', excerpt: 'a', weighted_locations: [{ weight: 1, location: 2, balanced_score: 3 }] };
    const guide = found('guide', 'guidance', { meta: { title: 'Guide' }, sub_results: [sub], words: [2, 5] }, { meta: { title: 'Guide' }, own: true, words: [9] });
    const [item] = await resultPages([guide]).next(1);
    const data = item!.kind === 'page' ? item!.data : undefined;
    const merged = [2, 5].map((location) => ({ location, balanced_score: 1, weight: 1 })).concat({ location: 9, balanced_score: 2, weight: 1 });
    expect(data?.weighted_locations).toEqual(merged);
    // Each section's excerpt reads the matches in its own range of the page.
    expect(data?.sub_results?.[0]?.weighted_locations).toEqual(merged);
    expect(loads()).toBe(1);
  });

  it('leaves a page found by one step as Pagefind gave it', async () => {
    const { found } = pages();
    const located = [{ weight: 6, location: 1, balanced_score: 4 }];
    const [item] = await resultPages([found('guide', 'guidance', { meta: { title: 'Guide' }, weighted_locations: located })]).next(1);
    expect(item!.kind === 'page' && item!.data.weighted_locations).toEqual(located);
  });

  it('puts a domain page\'s best statements in its place, at most three, ahead of a sheet', async () => {
    const { found } = pages();
    const list = resultPages([
      found('guide', 'guidance', { meta: { title: 'Guide' } }),
      found('bnd', 'competency', domain('Boundaries', ...[1, 5, 2, 4, 3].map((s, i) => statement(`BND-0${i + 1}`, s)))),
      found('sheet', 'sheet', { meta: { title: 'Sheet' } }),
    ]);
    const items = await list.next(10);
    expect(items.map(describeItem)).toEqual(['/guide/', 'BND-02', 'BND-04', 'BND-05', '/sheet/']);
    expect(items[1]).toMatchObject({ kind: 'statement', domain: 'Boundaries', match: { statement: 'Statement BND-02' } });
    expect(list.done).toBe(true);
    expect(list.count()).toEqual({ total: 5, exact: true });
  });

  it('scores statements over every step that found the domain page', async () => {
    const { found } = pages();
    const bnd = found('bnd', 'competency', domain('Boundaries', statement('BND-01', 3)), domain('Boundaries', statement('BND-02', 2), statement('BND-01', 1)));
    const items = await resultPages([bnd]).next(10);
    expect(items.map(describeItem)).toEqual(['BND-01', 'BND-02']);
  });

  it('shows the domain page itself when only its title or summary matched', async () => {
    const { found } = pages();
    const items = await resultPages([found('bnd', 'competency', domain('Boundaries'))]).next(10);
    expect(items.map(describeItem)).toEqual(['/bnd/']);
  });

  it('leads with the domain page when its name or summary matches better than any statement', async () => {
    const { found } = pages();
    const intro: SubResult = { title: 'BND', url: '/bnd/', excerpt: 'Boundaries', weighted_locations: [{ weight: 7, balanced_score: 9, location: 0 }] };
    const items = await resultPages([found('bnd', 'competency', domain('Boundaries', intro, statement('BND-01', 2)))]).next(10);
    expect(items.map(describeItem)).toEqual(['/bnd/', 'BND-01']);
  });

  it('leaves a competency page that is not a domain\'s (the framework) as it is', async () => {
    const { found } = pages();
    const items = await resultPages([found('framework', 'competency', { meta: { title: 'Competency framework' }, sub_results: [statement('BND-01', 1)] })]).next(10);
    expect(items.map(describeItem)).toEqual(['/framework/']);
  });

  it('pages by items, carrying a domain\'s statements over to the next page, and loads only the pages it shows', async () => {
    const { found, loads } = pages();
    const list = resultPages([
      found('a', 'guidance', { meta: {} }),
      found('bnd', 'competency', domain('Boundaries', statement('BND-01', 3), statement('BND-02', 2), statement('BND-03', 1))),
      found('b', 'guidance', { meta: {} }),
      found('trs', 'competency', domain('Trust', statement('TRS-01', 1))),
      found('c', 'guidance', { meta: {} }),
    ]);
    expect((await list.next(2)).map(describeItem)).toEqual(['/a/', 'BND-01']);
    expect(loads()).toBe(3); // a, and bnd twice (the page, then its one step)
    // Later domains may hold several statements each: until they are reached, the count is a floor.
    expect(list.count()).toEqual({ total: 7, exact: false });
    expect(list.done).toBe(false);
    // The domain's other statements wait for the next hit, a guidance page (b), to take its place first.
    expect((await list.next(2)).map(describeItem)).toEqual(['/b/', 'BND-02']);
    expect((await list.next(2)).map(describeItem)).toEqual(['BND-03', 'TRS-01']);
    expect(list.count()).toEqual({ total: 7, exact: true });
    expect((await list.next(2)).map(describeItem)).toEqual(['/c/']);
    expect(list.done).toBe(true);
  });

  it('lists a statement named by its id first, and not again when its domain turns up in the ranking', async () => {
    const { found } = pages();
    const anchors = [{ id: 'BND-03', element: 'h2', text: 'BND-03 I decline gifts' }];
    const named: Found = { ...found('bnd', 'competency', { ...domain('Boundaries'), anchors }), statements: ['BND-03'] };
    const ranked = found('bnd', 'competency', domain('Boundaries', statement('BND-03', 2), statement('BND-01', 1)));
    const items = await resultPages([named, ranked]).next(10);
    expect(items.map(describeItem)).toEqual(['BND-03', 'BND-01']);
    expect(items[0]).toMatchObject({ match: { statement: 'I decline gifts', excerpt: 'I decline gifts' } });
  });

  it('shows the domain page when the only statement matching in it was named first', async () => {
    const { found } = pages();
    const named: Found = { ...found('bnd', 'competency', { ...domain('Boundaries'), anchors: [{ id: 'BND-03', element: 'h2', text: 'BND-03 x' }] }), statements: ['BND-03'] };
    const ranked = found('bnd', 'competency', domain('Boundaries', statement('BND-03', 2)));
    expect((await resultPages([named, ranked]).next(10)).map(describeItem)).toEqual(['BND-03', '/bnd/']);
  });

  it('shows a domain page when the id typed is not one of its statements', async () => {
    const { found } = pages();
    const named: Found = { ...found('bnd', 'competency', { ...domain('Boundaries'), anchors: [] }), statements: ['BND-99'] };
    expect((await resultPages([named]).next(10)).map(describeItem)).toEqual(['/bnd/']);
  });
});
