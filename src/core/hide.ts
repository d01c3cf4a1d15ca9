/**
 * Sections of the core guidance an organisation leaves out (`hide` in rapport.config.ts, e.g.
 * "guidance/final-thoughts"). Hiding a page hides the pages under it too.
 */
import { splitRef } from './guidance-ref.ts';

/** The page slug a hide entry names: "guidance/components" → "components". */
function slugOfEntry(entry: string): string {
  return entry.replace(/^guidance\//, '');
}

/** True when the guidance page `slug` (e.g. "components/empathy") is hidden. */
export function isHidden(slug: string, hide: readonly string[]): boolean {
  return hide.some((entry) => {
    const hidden = slugOfEntry(entry);
    return slug === hidden || slug.startsWith(`${hidden}/`);
  });
}

/** True when a guidance reference ("page#anchor") points into a hidden page. Local pages are never hidden. */
export function isHiddenRef(ref: string, hide: readonly string[]): boolean {
  const { slug } = splitRef(ref);
  return !slug.startsWith('local/') && isHidden(slug, hide);
}

/** Glob patterns that leave hidden pages out of the guidance collection, so no page, link or index sees them. */
export function hiddenGlobs(hide: readonly string[]): string[] {
  return hide.flatMap((entry) => [`!${slugOfEntry(entry)}.mdx`, `!${slugOfEntry(entry)}/**`]);
}
