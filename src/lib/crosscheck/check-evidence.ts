/**
 * Evidence: every reference names a real page and heading, and the section still says what the statement
 * relies on (its `terms`). Wrong anchors get the closest real one as a suggestion.
 */
import { closest } from 'fastest-levenshtein';
import type { GuidancePage, Section } from '../guidance.ts';
import type { LoadedDomain } from './load.ts';
import type { Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';

/** True when `text` has a word starting with `term` ("gift" is found in "gifts", not in "regift"). */
export function containsTerm(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'iu').test(text.replace(/’/g, "'"));
}

/** Splits "page#anchor" into its parts. */
export function splitRef(ref: string): { slug: string; anchor: string } {
  const at = ref.indexOf('#');
  return { slug: ref.slice(0, at), anchor: ref.slice(at + 1) };
}

export function findSection(pages: readonly GuidancePage[], ref: string): { page?: GuidancePage; section?: Section } {
  const { slug, anchor } = splitRef(ref);
  const page = pages.find((p) => p.slug === slug);
  const section = page?.sections.find((s) => s.anchor === anchor);
  return { ...(page ? { page } : {}), ...(section ? { section } : {}) };
}

/** The most likely intended name: one that starts with or contains what was typed, else the nearest by edit distance. */
export function suggest(wanted: string, names: readonly string[]): string | undefined {
  if (!names.length) return undefined;
  return names.find((n) => n.startsWith(wanted)) ?? names.find((n) => n.includes(wanted)) ?? closest(wanted, [...names]);
}

export function checkEvidence(domains: readonly LoadedDomain[], pages: readonly GuidancePage[]): Message[] {
  const messages: Message[] = [];
  for (const { source, data } of domains) {
    data.statements.forEach((statement, i) => {
      const at = (path: (string | number)[]) => ({ file: source.file, ...positionOf(source, path), severity: 'error' as const });
      if (statement.evidence.length === 0) {
        messages.push({ ...at(['statements', i, 'evidence']), rule: 'no-evidence', text: `${statement.id} has no evidence; add at least one "<page>#<heading>" that supports it` });
      }
      statement.evidence.forEach((ref, j) => {
        const where = at(['statements', i, 'evidence', j]);
        const { slug, anchor } = splitRef(ref);
        const { page, section } = findSection(pages, ref);
        const prefix = `${statement.id} evidence "${ref}":`;
        if (!page) {
          const guess = suggest(slug, pages.map((p) => p.slug));
          const hint = guess ? `; did you mean "${guess}"?` : '';
          messages.push({ ...where, rule: 'evidence-page', text: `${prefix} no guidance page "${slug}"${hint}` });
          return;
        }
        if (!section) {
          const guess = suggest(anchor, page.sections.map((s) => s.anchor));
          const hint = guess ? `; did you mean "#${guess}"?` : '';
          messages.push({ ...where, rule: 'evidence-heading', text: `${prefix} no heading "${anchor}" in ${page.file}${hint}` });
          return;
        }
        for (const term of statement.terms) {
          if (!containsTerm(section.text, term)) {
            messages.push({
              ...where,
              rule: 'term-missing',
              text: `${prefix} the section "${section.title}" (${page.file}:${section.line}) no longer says "${term}"; check the statement still stands, then update its terms or evidence`,
            });
          }
        }
      });
    });
  }
  return messages;
}
