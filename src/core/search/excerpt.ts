/**
 * Pagefind's excerpts are a window of a page's text, and a section's text starts with its heading, so an
 * excerpt often opens with the very words the result's link already says ("Gifts, favours and offers.
 * Gifts, favours and offers. Never accept…"). These functions take that opening off, keeping the <mark>s.
 */

export interface SplitExcerpt {
  /** The heading as the excerpt had it, with its <mark>s: HTML. */
  headingHtml: string;
  /** The excerpt after the heading: HTML, possibly empty. */
  rest: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** The excerpt as text and markup: one piece per character of text (an entity is one), or per tag. */
function pieces(html: string): { text?: string; html: string }[] {
  const out: { text?: string; html: string }[] = [];
  for (let i = 0; i < html.length; ) {
    const tag = html[i] === '<' ? /^<\/?mark>/.exec(html.slice(i)) : null;
    const entity = html[i] === '&' ? /^&(amp|lt|gt|quot|#39|#x27);/.exec(html.slice(i)) : null;
    if (tag) out.push({ html: tag[0] });
    else if (entity) out.push({ text: ENTITIES[entity[1]!]!, html: entity[0] });
    else out.push({ text: html[i]!, html: html[i]! });
    i += (tag ?? entity)?.[0].length ?? 1;
  }
  return out;
}

/** Whether a <mark> is open before piece `k`. */
function markOpen(all: readonly { html: string }[], k: number): boolean {
  let open = false;
  for (const piece of all.slice(0, k)) open = piece.html === '<mark>' ? true : piece.html === '</mark>' ? false : open;
  return open;
}

/**
 * Splits an excerpt that opens with `heading` and the full stop Pagefind adds after a heading into the
 * heading and the rest. Undefined when it does not open with it: the window started later in the section.
 */
export function splitHeading(excerptHtml: string, heading: string): SplitExcerpt | undefined {
  const want = heading.replace(/\s+/g, ' ').trim();
  if (!want) return undefined;
  const all = pieces(excerptHtml);
  const isText = (k: number) => all[k]?.text !== undefined;
  const skipTags = (k: number) => {
    while (k < all.length && !isText(k)) k++;
    return k;
  };
  // The heading, character by character; tags may fall anywhere in it, and any space matches a space.
  let k = 0;
  for (const char of want) {
    k = skipTags(k);
    const text = all[k]?.text;
    if (text === undefined || (text !== char && !(char === ' ' && /\s/.test(text)))) return undefined;
    k++;
  }
  // Pagefind ends a heading with a full stop unless it has its own punctuation. Without one, the words are a
  // sentence that starts like the heading ("Don't" and "Don't meet people…"), or a longer word ("Trustworthy").
  const next = skipTags(k);
  const stop = next < all.length && /[.:?!]/.test(all[next]!.text!);
  if (stop) k = next + 1;
  else if (!/[.:?!]$/.test(want) || (next < all.length && !/\s/.test(all[next]!.text!))) return undefined;
  let rest = k;
  while (rest < all.length && (!isText(rest) || /\s/.test(all[rest]!.text!))) rest++;
  const html = (from: number, to: number) => all.slice(from, to).map((p) => p.html).join('');
  // Each part closes or reopens a <mark> cut in two, so both are whole HTML.
  const headingHtml = html(0, k) + (markOpen(all, k) ? '</mark>' : '');
  const restHtml = rest < all.length ? (markOpen(all, rest) ? '<mark>' : '') + html(rest, all.length) : '';
  return { headingHtml, rest: restHtml.replace(/^<mark><\/mark>/, '') };
}

/** An excerpt without the heading it opens with, when it does; otherwise as it was. */
export function withoutHeading(excerptHtml: string, heading: string): string {
  return splitHeading(excerptHtml, heading)?.rest ?? excerptHtml;
}
