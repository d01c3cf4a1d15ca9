/** Reading order of the guidance: previous/next, parents and children, the same for every page that lists it. */

export interface PageRef {
  id: string;
  data: { title: string; order: number; parent?: string | undefined };
}

/** Pages sorted by their `order`, then by id so ties are stable. */
export function inReadingOrder<T extends PageRef>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The pages either side of `id` in reading order. */
export function neighbours<T extends PageRef>(pages: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = inReadingOrder(pages);
  const at = ordered.findIndex((p) => p.id === id);
  if (at < 0) return {};
  const result: { previous?: T; next?: T } = {};
  const previous = ordered[at - 1];
  const next = ordered[at + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

/** Top-level pages in order, each with its children in order. */
export function tree<T extends PageRef>(pages: readonly T[]): { page: T; children: T[] }[] {
  const ordered = inReadingOrder(pages);
  return ordered
    .filter((p) => !p.data.parent)
    .map((page) => ({ page, children: ordered.filter((c) => c.data.parent === page.id) }));
}
