/** Site-internal addresses, always with the configured base path in front. */

/** Joins the base path (e.g. "/" or "/rapport/") and a site path (e.g. "guidance/x/"), with single slashes. */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** The address of a guidance page from its slug, e.g. "components/empathy" → "/guidance/components/empathy/". */
export function guidanceHref(slug: string, base?: string): string {
  return withBase(`guidance/${slug}/`, base);
}
