import { describe, expect, it } from 'vitest';
import { inReadingOrder, placeAll, tree } from '../../src/core/guidance-order.ts';

const page = (id: string, order: number, parent?: string) => ({ id, data: { title: id, order, parent } });
const pages = [page('c/two', 4, 'c'), page('a', 1), page('c', 2), page('c/one', 3, 'c'), page('z', 5)];

describe('reading order', () => {
  it('sorts by order', () => {
    expect(inReadingOrder(pages).map((p) => p.id)).toEqual(['a', 'c', 'c/one', 'c/two', 'z']);
  });

  it('finds previous and next, with none at the ends', () => {
    const at = (id: string) => placeAll(pages).find((p) => p.page.id === id)!;
    expect(at('c/one')).toMatchObject({ previous: { id: 'c' }, next: { id: 'c/two' } });
    expect(at('a').previous).toBeUndefined();
    expect(at('z').next).toBeUndefined();
    expect(Object.keys(at('a'))).not.toContain('previous');
  });

  it('groups children under their parent', () => {
    expect(tree(pages).map(({ page, children }) => [page.id, children.map((c) => c.id)])).toEqual([
      ['a', []],
      ['c', ['c/one', 'c/two']],
      ['z', []],
    ]);
  });

  it('places every page at once: its neighbours in reading order, its parent and its children', () => {
    const placed = placeAll(pages);
    const ordered = inReadingOrder(pages);
    expect(placed.map((p) => p.page.id)).toEqual(ordered.map((p) => p.id));
    for (const [i, { page, previous, next, parent, children }] of placed.entries()) {
      expect(previous).toBe(ordered[i - 1]);
      expect(next).toBe(ordered[i + 1]);
      expect(parent?.id).toBe(page.data.parent);
      expect(children).toEqual(pages.filter((c) => c.data.parent === page.id).sort((a, b) => a.data.order - b.data.order));
    }
    expect(placed.find((p) => p.page.id === 'c')?.children.map((c) => c.id)).toEqual(['c/one', 'c/two']);
  });
});
