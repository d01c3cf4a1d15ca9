/**
 * Runs a query plan against Pagefind and merges the answers: one search per step and result type. The
 * type filter tells each result's type without loading it, and lets a competency or a sheet count for less
 * than the guidance page when searching everything. Works on anything shaped like Pagefind's API, so the
 * unit tests use a fake one.
 */
import { domainOfStatement } from '../schema/ids.ts';
import { mergeRanked, type Analysis } from './query.ts';
import { nearnessFactor } from './proximity.ts';
import { DOMAIN_FILTER, statementIds } from './statements.ts';
import { FILTERED_TYPES, RESULT_TYPES, typeWeight, type FilteredType, type ResultType } from './types.ts';

/** Where a word of the query is on a page, and Pagefind's score for it there (a heading's words score higher). */
export interface WordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
/** A section of a page that matches: Pagefind makes one for each heading with an id. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WordLocation[];
  /** The heading the section starts at; none for the part of the page before the first one. */
  anchor?: { id: string; element: string; location?: number };
}
export interface ResultData {
  url: string;
  excerpt: string;
  /** Where the query's words are on the page, each with its score. */
  weighted_locations?: WordLocation[];
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: SubResult[];
  /** The page's indexed text. */
  content?: string;
  /** Every element with an id, in page order, with its text and the word of `content` it starts at. */
  anchors?: { id: string; element: string; text?: string; location?: number }[];
}
export interface Hit {
  id: string;
  score: number;
  /** Where the step's words stand on the page (Pagefind gives them without loading the page). */
  words?: number[];
  data(): Promise<ResultData>;
}
export interface PagefindLike {
  /** With no words (null), every page the filters allow. */
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: Hit[] } | null>;
}

export interface Found {
  id: string;
  score: number;
  type: ResultType;
  /** Pagefind's result from the step that counted most, whose excerpt fits the query best. */
  hit: Hit;
  /**
   * Every step that found the page, with its weight: a domain page's statements are scored over all of them,
   * and a guidance page's excerpt is chosen from them all. `own` marks a word the reader typed (not a synonym).
   */
  steps: { hit: Hit; weight: number; own?: boolean }[];
  /** A domain's page found by the statement ids typed in the query: it stands for exactly these statements. */
  statements?: string[];
}

export async function searchPlan(pagefind: PagefindLike, analysis: Analysis, only?: ResultType): Promise<Found[]> {
  const ids = !only || only === 'competency' ? statementIds(analysis.query) : [];
  const [named, ranked] = await Promise.all([namedStatements(pagefind, ids), rankedPages(pagefind, analysis, only)]);
  if (!named.length && !ranked.length && analysis.fallback) return rankedPages(pagefind, { ...analysis, plan: analysis.fallback }, only);
  return [...named, ...ranked];
}

/** The domain pages of statements named by id, first in the results: whoever types "BND-03" wants that statement. */
async function namedStatements(pagefind: PagefindLike, ids: readonly string[]): Promise<Found[]> {
  const byDomain = new Map<string, string[]>();
  for (const id of ids) byDomain.set(domainOfStatement(id), [...(byDomain.get(domainOfStatement(id)) ?? []), id]);
  const found = await Promise.all(
    [...byDomain].map(async ([domain, statements]) => {
      const hit = (await pagefind.search(null, { filters: { [DOMAIN_FILTER]: domain } }))?.results[0];
      return hit ? [{ id: hit.id, score: hit.score, type: 'competency' as const, hit, steps: [], statements }] : [];
    }),
  );
  return found.flat();
}

async function rankedPages(pagefind: PagefindLike, analysis: Analysis, only?: ResultType): Promise<Found[]> {
  const types = RESULT_TYPES.filter((t) => !only || t.value === only);
  const found = await Promise.all(analysis.plan.map((step) => byType(pagefind, step.q, only)));
  const asks = analysis.plan.flatMap((step, i) =>
    types.map((t) => ({
      type: t.value,
      weight: step.weight * (only ? 1 : typeWeight(t, analysis.framework)),
      own: !analysis.expansions.includes(step.q),
      list: found[i]!.get(t.value) ?? [],
    })),
  );
  const lists = asks.map((a) => a.list);
  const steps = new Map<string, Found['steps']>();
  lists.forEach((list, step) => {
    for (const hit of list) steps.set(hit.id, [...(steps.get(hit.id) ?? []), { hit, weight: asks[step]!.weight, own: asks[step]!.own }]);
  });
  const near = nearness(analysis, found);
  return mergeRanked(
    lists,
    asks.map((a) => a.weight),
    (id) => near.get(id) ?? 1,
  ).map(({ id, score, best }) => ({ id, score, type: asks[best]!.type, hit: lists[best]!.find((h) => h.id === id)!, steps: steps.get(id)! }));
}

/** Each page's nearness factor, from where the one-word steps found their word on it. */
function nearness(analysis: Analysis, found: readonly Map<ResultType, Hit[]>[]): Map<string, number> {
  const single = analysis.plan.flatMap((step, i) => (/\s/.test(step.q) ? [] : [i]));
  const positions = new Map<string, number[][]>();
  single.forEach((stepIndex, term) => {
    for (const hits of found[stepIndex]!.values())
      for (const hit of hits) {
        const list = positions.get(hit.id) ?? single.map(() => []);
        list[term] = hit.words ?? [];
        positions.set(hit.id, list);
      }
  });
  return new Map([...positions].map(([id, list]) => [id, nearnessFactor(list)]));
}

/**
 * One step's hits by type. Competencies and sheets carry a type filter; guidance pages carry none, and are
 * the pages found that are of no other type. They are most of the index, and listing them in the filter
 * would make the filter file every search loads grow with the guide (4 KB gzip at 2,000 pages).
 */
async function byType(pagefind: PagefindLike, q: string, only?: ResultType): Promise<Map<ResultType, Hit[]>> {
  const search = async (type?: FilteredType) => (await pagefind.search(q, type ? { filters: { type } } : {}))?.results ?? [];
  if (only && only !== 'guidance') return new Map([[only, await search(only)]]);
  const [all, ...typed] = await Promise.all([search(), ...FILTERED_TYPES.map(search)]);
  const other = new Set(typed.flat().map((hit) => hit.id));
  return new Map<ResultType, Hit[]>([['guidance', all.filter((hit) => !other.has(hit.id))], ...FILTERED_TYPES.map((t, i) => [t, typed[i]!] as const)]);
}
