/**
 * Runs a query plan against Pagefind and merges the answers: one search per step and result type. The
 * type filter tells each result's type without loading it, and lets a competency or a sheet count for less
 * than the guidance page when searching everything. Works on anything shaped like Pagefind's API, so the
 * unit tests use a fake one.
 */
import { mergeRanked, type Analysis } from './query.ts';
import { RESULT_TYPES, type ResultType } from './types.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: SubResult[];
}
export interface Hit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface PagefindLike {
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: Hit[] } | null>;
}

export interface Found {
  id: string;
  score: number;
  type: ResultType;
  /** Pagefind's result from the step that counted most, whose excerpt fits the query best. */
  hit: Hit;
}

export async function searchPlan(pagefind: PagefindLike, analysis: Analysis, only?: ResultType): Promise<Found[]> {
  const types = RESULT_TYPES.filter((t) => !only || t.value === only);
  const asks = analysis.plan.flatMap((step) =>
    types.map((t) => ({ q: step.q, type: t.value, weight: step.weight * (only ? 1 : t.weight) })),
  );
  const lists = await Promise.all(asks.map(async ({ q, type }) => (await pagefind.search(q, { filters: { type } }))?.results ?? []));
  return mergeRanked(
    lists,
    asks.map((a) => a.weight),
  ).map(({ id, score, best }) => ({ id, score, type: asks[best]!.type, hit: lists[best]!.find((h) => h.id === id)! }));
}
