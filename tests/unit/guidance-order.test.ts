import { describe, expect, it } from 'vitest';
import { inReadingOrder, neighbours, placeAll, tree } from '../../src/lib/guidance-order.ts';

const page = (id: string, order: number, parent?: string) => ({ id, data: { title: id, order, parent } });
const pages = [page('c/two', 4, 'c'), page('a', 1), page('c', 2), page('c/one', 3, 'c'), page('z', 5)];

describe('reading order', () => {
  it('sorts by order', () => {
    expect(inReadingOrder(pages).map((p) => p.id)).toEqual(['a', 'c', 'c/one', 'c/two', 'z']);
  });

  it('finds previous and next, with none at the ends', () => {
    expect(neighbours(pages, 'c/one')).toMatchObject({ previous: { id: 'c' }, next: { id: 'c/two' } });
    expect(neighbours(pages, 'a').previous).toBeUndefined();
    expect(neighbours(pages, 'z').next).toBeUndefined();
    expect(neighbours(pages, 'missing')).toEqual({});
  });

  it('groups children under their parent', () => {
    expect(tree(pages).map(({ page, children }) => [page.id, children.map((c) => c.id)])).toEqual([
      ['a', []],
      ['c', ['c/one', 'c/two']],
      ['z', []],
    ]);
  });

  it('places every page at once, as neighbours and tree do one at a time', () => {
    const placed = placeAll(pages);
    expect(placed.map((p) => p.page.id)).toEqual(inReadingOrder(pages).map((p) => p.id));
    for (const { page, previous, next, parent, children } of placed) {
      expect({ previous, next }).toEqual(neighbours(pages, page.id));
      expect(parent?.id).toBe(page.data.parent);
      expect(children).toEqual(pages.filter((c) => c.data.parent === page.id).sort((a, b) => a.data.order - b.data.order));
    }
    expect(placed.find((p) => p.page.id === 'c')?.children.map((c) => c.id)).toEqual(['c/one', 'c/two']);
  });
});
