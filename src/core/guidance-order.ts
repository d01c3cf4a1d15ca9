/** Reading order of the guidance: previous/next, parents and children, the same for every page that lists it. */

export interface PageRef {
  id: string;
  data: { title: string; order: number; parent?: string | undefined };
}

/** Pages sorted by their `order`, then by id so ties are stable. */
export function inReadingOrder<T extends PageRef>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export interface Placed<T> {
  page: T;
  previous?: T;
  next?: T;
  parent?: T;
  children: T[];
}

/**
 * Every page in reading order with its neighbours, parent and children, worked out once for the whole
 * guide: looking them up in the list for every page would cost n² on a large guide.
 */
export function placeAll<T extends PageRef>(pages: readonly T[]): Placed<T>[] {
  const ordered = inReadingOrder(pages);
  const byId = new Map(ordered.map((p) => [p.id, p]));
  const children = new Map<string, T[]>();
  for (const p of ordered) if (p.data.parent) children.set(p.data.parent, [...(children.get(p.data.parent) ?? []), p]);
  return ordered.map((page, i) => {
    const placed: Placed<T> = { page, children: children.get(page.id) ?? [] };
    const previous = ordered[i - 1];
    const next = ordered[i + 1];
    const parent = page.data.parent ? byId.get(page.data.parent) : undefined;
    if (previous) placed.previous = previous;
    if (next) placed.next = next;
    if (parent) placed.parent = parent;
    return placed;
  });
}

/** Top-level pages in order, each with its children in order. */
export function tree<T extends PageRef>(pages: readonly T[]): { page: T; children: T[] }[] {
  return placeAll(pages)
    .filter(({ page }) => !page.data.parent)
    .map(({ page, children }) => ({ page, children }));
}
