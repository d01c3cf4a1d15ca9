/** The organisation's own pages (content/local/): the order they are listed in, everywhere. */

export interface LocalRef {
  id: string;
  data: { title: string; order?: number | undefined };
}

/** Pages with an `order` first, by that order; the rest after them, by title. */
export function localInOrder<T extends LocalRef>(pages: readonly T[]): T[] {
  return [...pages].sort(
    (a, b) =>
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      a.data.title.localeCompare(b.data.title, 'en-GB') ||
      a.id.localeCompare(b.id),
  );
}
