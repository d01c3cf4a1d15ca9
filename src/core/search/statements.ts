/**
 * Statements in search. Each competency domain has one indexed page (framework/<domain>/) with a heading
 * per statement whose id is the statement's id, so Pagefind returns the matching statements as sub-results
 * of that page. One page per domain, not one per statement, keeps Pagefind's meta and filter files (which
 * every search fetches) small. These functions score the sub-results and keep a domain's best few, so one
 * domain cannot fill the first page of results.
 */
import { STATEMENT_ID } from '../schema/ids.ts';
import type { SubResult } from './engine.ts';
import { mergeRanked } from './query.ts';

/** The most statements one domain adds to the results. */
export const STATEMENTS_PER_DOMAIN = 3;

/** The Pagefind filter a domain's page carries its id in: "domain:BND". */
export const DOMAIN_FILTER = 'domain';

export interface StatementMatch {
  /** "BND-03". */
  id: string;
  /** The statement's words, without its id. */
  statement: string;
  /** Pagefind's excerpt of the statement, with <mark> around the matches. */
  excerpt: string;
  score: number;
}

/** How well a section matches: Pagefind's scores for its matching words, added up (a heading's words weigh more). */
export function subResultScore(sub: Pick<SubResult, 'weighted_locations'>): number {
  return (sub.weighted_locations ?? []).reduce((sum, word) => sum + word.balanced_score, 0);
}

/** The statement a section is, by its heading's id; undefined for the part of the page before the statements. */
export function statementId(sub: Pick<SubResult, 'anchor'>): string | undefined {
  const id = sub.anchor?.id;
  return id !== undefined && STATEMENT_ID.test(id) ? id : undefined;
}

/** Statement ids typed in a query, as a trainer copies them from a sheet: "BND-03" or "bnd03" → "BND-03". */
export function statementIds(query: string): string[] {
  const ids = [...query.matchAll(/\b([a-z]{3})-?(\d{2})\b/gi)].map(([, letters, digits]) => `${letters!.toUpperCase()}-${digits}`);
  return [...new Set(ids)];
}

/** A statement heading reads "BND-03 I decline gifts…"; the result shows the statement and its id apart. */
export function statementText(heading: string, id: string): string {
  return heading.startsWith(id) ? heading.slice(id.length).trim() : heading.trim();
}

/**
 * How well a domain page's introduction (its name and summary, before the first statement) matches, over
 * the steps of the plan: when it matches better than any statement, the domain's page is an answer too.
 */
export function introductionScore(steps: readonly { weight: number; subs: readonly SubResult[] }[]): number {
  return steps.reduce((sum, { weight, subs }) => sum + weight * subResultScore(subs.find((sub) => !sub.anchor) ?? {}), 0);
}

/** The statements named by id among a domain page's headings, in the order named; the heading is the excerpt. */
export function statementsNamed(anchors: readonly { id: string; text?: string }[], ids: readonly string[]): StatementMatch[] {
  return ids.flatMap((id) => {
    const anchor = anchors.find((a) => a.id === id);
    if (!anchor) return [];
    const statement = statementText(anchor.text ?? '', id);
    return [{ id, statement, excerpt: escapeHtml(statement), score: Infinity }];
  });
}

/** Pagefind's excerpts are HTML; a heading's text is not. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A domain page's matching statements, best first, at most `cap`, apart from those in `leaveOut`. Each step
 * of the query plan that found the page counts its sections' scores times the step's weight, as the pages
 * themselves are merged.
 */
export function rankStatements(
  steps: readonly { weight: number; subs: readonly SubResult[] }[],
  cap: number = STATEMENTS_PER_DOMAIN,
  leaveOut: ReadonlySet<string> = new Set(),
): StatementMatch[] {
  const lists = steps.map(({ subs }) =>
    subs.flatMap((sub) => {
      const id = statementId(sub);
      return id && !leaveOut.has(id) ? [{ id, score: subResultScore(sub), sub }] : [];
    }),
  );
  return mergeRanked(
    lists,
    steps.map((s) => s.weight),
  )
    .slice(0, cap)
    .map(({ id, score, best }) => {
      const { sub } = lists[best]!.find((s) => s.id === id)!;
      return { id, statement: statementText(sub.title, id), excerpt: sub.excerpt, score };
    });
}
