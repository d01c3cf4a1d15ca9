/**
 * Guidance: every reference names a real page and heading, and the section still says what the statement
 * relies on (its `terms`). Wrong anchors get the closest real one as a suggestion.
 */
import { suggest } from '../../core/suggest.ts';
import type { GuidancePage, Section } from '../../core/guidance.ts';
import { splitRef } from '../../core/guidance-ref.ts';
import type { LoadedDomain } from './load.ts';
import type { Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';

/** A letter or digit just before where a term was found: then it is inside a word, not at its start. */
const INSIDE_WORD = /[\p{L}\p{N}]$/u;

/**
 * True when `text` has a word starting with `term` ("gift" is found in "gifts", not in "regift").
 * A plain search plus a look at the character before: a case-insensitive Unicode regular expression
 * was most of the cross-check's time on a large guide.
 */
export function containsTerm(text: string, term: string): boolean {
  const haystack = text.replace(/’/g, "'").toLowerCase();
  const needle = term.replace(/’/g, "'").toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    // Two UTF-16 units, so a letter outside the Basic Multilingual Plane counts as one letter.
    if (!INSIDE_WORD.test(haystack.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

/** The page and section a reference names, from the pages by slug. */
export function findSection(pages: ReadonlyMap<string, GuidancePage>, ref: string): { page?: GuidancePage; section?: Section } {
  const { slug, anchor } = splitRef(ref);
  const page = pages.get(slug);
  const section = page?.sections.find((s) => s.anchor === anchor);
  return { ...(page ? { page } : {}), ...(section ? { section } : {}) };
}


/**
 * The section a reference names, or why there is none (no such page, or no such heading on it) with the
 * likeliest name meant. Statements and quick answers report a bad reference alike.
 */
export function resolveRef(
  pages: readonly GuidancePage[],
  bySlug: ReadonlyMap<string, GuidancePage>,
  ref: string,
): { page: GuidancePage; section: Section } | { missing: 'page' | 'heading'; text: string } {
  const { slug, anchor } = splitRef(ref);
  const { page, section } = findSection(bySlug, ref);
  if (!page) {
    const guess = suggest(slug, pages.map((p) => p.slug));
    return { missing: 'page', text: `no guidance page "${slug}"${guess ? `; did you mean "${guess}"?` : ''}` };
  }
  if (!section) {
    const guess = suggest(anchor, page.sections.map((s) => s.anchor));
    return { missing: 'heading', text: `no heading "${anchor}" in ${page.file}${guess ? `; did you mean "#${guess}"?` : ''}` };
  }
  return { page, section };
}

export function checkGuidance(domains: readonly LoadedDomain[], pages: readonly GuidancePage[]): Message[] {
  const messages: Message[] = [];
  // Looked up by slug: with thousands of pages, a search through the list for every reference adds up.
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  for (const { source, data } of domains) {
    data.statements.forEach((statement, i) => {
      const at = (path: (string | number)[]) => ({ file: source.file, ...positionOf(source, path), severity: 'error' as const });
      if (statement.guidance.length === 0) {
        messages.push({ ...at(['statements', i, 'guidance']), rule: 'no-guidance', text: `${statement.id} has no guidance; add at least one "<page>#<heading>" that supports it` });
      }
      statement.guidance.forEach((ref, j) => {
        // Positions are looked up only for a problem: most references have none.
        const where = () => at(['statements', i, 'guidance', j]);
        const prefix = `${statement.id} guidance "${ref}":`;
        const found = resolveRef(pages, bySlug, ref);
        if ('missing' in found) {
          messages.push({ ...where(), rule: found.missing === 'page' ? 'guidance-page' : 'guidance-heading', text: `${prefix} ${found.text}` });
          return;
        }
        const { page, section } = found;
        for (const term of statement.terms) {
          if (!containsTerm(section.text, term)) {
            messages.push({
              ...where(),
              rule: 'term-missing',
              text: `${prefix} the section "${section.title}" (${page.file}:${section.line}) no longer says "${term}"; check the statement still stands, then update its terms or guidance`,
            });
          }
        }
      });
    });
  }
  return messages;
}
