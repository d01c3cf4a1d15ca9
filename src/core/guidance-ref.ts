/** Splits a guidance reference, "page#anchor", into the page's slug ("local/<name>" for a local page) and the section's anchor. */
export function splitRef(ref: string): { slug: string; anchor: string } {
  const at = ref.indexOf('#');
  return { slug: ref.slice(0, at), anchor: ref.slice(at + 1) };
}
