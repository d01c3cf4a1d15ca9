/**
 * Coverage: which statements cite each guidance section. Every page, and every `##` section that states
 * guidance (not the "In practice" examples), must be cited by at least one statement. The organisation's
 * local pages may be cited but need not be: a contacts page is not a competency.
 */
import { EXAMPLE_SECTIONS, type GuidancePage } from '../../core/guidance.ts';
import type { Message } from './messages.ts';

export interface CitingDomain {
  domain: { id: string };
  statements: readonly { id: string; guidance: readonly string[] }[];
}

export interface SectionCoverage {
  anchor: string;
  title: string;
  line: number;
  /** Ids of the statements citing this section, in framework order. */
  statements: string[];
  /** False for example sections, which need not be cited. */
  required: boolean;
}

export interface PageCoverage {
  slug: string;
  file: string;
  /** The organisation's own page: shown, never required. */
  local: boolean;
  /** Statements citing any heading on the page. */
  statements: string[];
  sections: SectionCoverage[];
}

/** Statement ids citing each "page#anchor". */
export function citations(domains: readonly CitingDomain[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { statements } of domains)
    for (const s of statements) for (const ref of s.guidance) map.set(ref, [...(map.get(ref) ?? []), s.id]);
  return map;
}

/** Each page's `##` sections with the statements citing them. */
export function coverage(pages: readonly GuidancePage[], domains: readonly CitingDomain[]): PageCoverage[] {
  const cited = citations(domains);
  return pages.map((page) => {
    const sections = page.sections
      .filter((s) => s.depth === 2)
      .map((s) => ({
        anchor: s.anchor,
        title: s.title,
        line: s.line,
        statements: cited.get(`${page.slug}#${s.anchor}`) ?? [],
        required: !page.local && !EXAMPLE_SECTIONS.has(s.anchor),
      }));
    const onPage = page.sections.flatMap((s) => cited.get(`${page.slug}#${s.anchor}`) ?? []);
    return { slug: page.slug, file: page.file, local: !!page.local, statements: [...new Set(onPage)], sections };
  });
}

export function checkCoverage(pages: readonly PageCoverage[]): Message[] {
  const messages: Message[] = [];
  for (const page of pages.filter((p) => !p.local)) {
    if (page.statements.length === 0) {
      messages.push({ file: page.file, line: 1, column: 1, severity: 'error', rule: 'page-uncovered', text: `no statement cites the page "${page.slug}"; add one of its headings to the guidance of a statement it supports` });
      continue;
    }
    for (const s of page.sections.filter((s) => s.required && s.statements.length === 0)) {
      messages.push({ file: page.file, line: s.line, column: 1, severity: 'error', rule: 'section-uncovered', text: `no statement cites the section "${s.title}" (${page.slug}#${s.anchor}); add it to the guidance of a statement it supports` });
    }
  }
  return messages;
}
