/**
 * The list the search page shows, a page at a time: the merged hits in rank order, with each competency
 * domain page replaced, in its place, by its best matching statements. A domain's statements are known
 * only once its fragment is loaded, so hits are expanded as the reader reaches them, never all at once:
 * on a large guide, loading every matching domain's fragment would cost more than the rest of the search.
 */
import type { Found, ResultData, SubResult } from './engine.ts';
import { introductionScore, rankStatements, statementsNamed, STATEMENTS_PER_DOMAIN, type StatementMatch } from './statements.ts';
import type { ResultType } from './types.ts';
import { mergeMatches } from './visible-excerpt.ts';

export type ResultItem =
  | { kind: 'page'; type: ResultType; data: ResultData }
  | { kind: 'statement'; match: StatementMatch; /** The domain's title. */ domain: string };

/**
 * Results shown at first, and added by each "Show more results". Each costs a fragment of 2 to 3 KB gzip (the
 * whole page's text), and a screen shows one or two results (a phone at 375 × 667 part of the first, a laptop
 * at 1280 × 800 one and a half), so four is over two screens of answers and keeps a search on a large guide
 * under its 100 KB budget.
 */
export const RESULTS_PER_PAGE = 4;

export interface ResultCount {
  total: number;
  /** False while domain pages are left to expand: each adds one item or more, so `total` is the least there can be. */
  exact: boolean;
}

export interface ResultPages {
  /** The next `size` items (fewer at the end), loading only the fragments they need. */
  next(size: number): Promise<ResultItem[]>;
  readonly done: boolean;
  count(): ResultCount;
}

/**
 * Pagefind returns one object per page and changes it on every data() call, so each call is copied at
 * once, and the calls for one page are made one after another (the fragment is fetched only once).
 */
async function copyOf(hit: Found['hit']): Promise<ResultData> {
  return { ...(await hit.data()) };
}

/**
 * One hit as the items it stands for: a domain page with matching statements as those statements, leaving
 * out `listed` (statements named by id, shown first already).
 */
export async function expand(found: Found, cap: number = STATEMENTS_PER_DOMAIN, listed: ReadonlySet<string> = new Set()): Promise<ResultItem[]> {
  const data = await copyOf(found.hit);
  const page: ResultItem[] = [{ kind: 'page', type: found.type, data }];
  const domain = found.type === 'competency' ? data.meta['domain'] : undefined;
  if (domain === undefined) return found.steps.length > 1 ? [{ kind: 'page', type: found.type, data: withEveryStep(found, data) }] : page;
  if (found.statements) {
    const named = statementsNamed(data.anchors ?? [], found.statements);
    return named.length ? named.map((match) => ({ kind: 'statement', match, domain })) : page;
  }
  const steps: { weight: number; subs: SubResult[] }[] = [];
  for (const { hit, weight } of found.steps) steps.push({ weight, subs: (await copyOf(hit)).sub_results ?? [] });
  const matches = rankStatements(steps, cap, listed);
  const statements: ResultItem[] = matches.map((match) => ({ kind: 'statement', match, domain }));
  // The domain's name or summary matched best (or alone): its page leads its statements.
  return !matches.length || introductionScore(steps) > matches[0]!.score ? [...page, ...statements] : statements;
}

/**
 * A page's result with the matches of every step that found it (mergeMatches), so its excerpts show the
 * query's words together. Each step's hit says where its word is on the page without loading anything, so this
 * costs neither bytes nor a data() call per step (each makes Pagefind rebuild its excerpt and sections: ten steps
 * and four results made a search half as slow again). Each section's excerpt reads the matches in its own range.
 */
function withEveryStep(found: Found, data: ResultData): ResultData {
  const at = (words: readonly number[] | undefined) => (words ?? []).map((location) => ({ location, balanced_score: 1 }));
  const merged = mergeMatches(found.steps.map(({ hit, weight, own }) => ({ weight, own, matches: at(hit.words) })));
  // Pagefind's element weight is not read for excerpts.
  const located = merged.map((m) => ({ ...m, weight: 1 }));
  const sub_results = data.sub_results?.map((sub) => ({ ...sub, weighted_locations: located }));
  return { ...data, weighted_locations: located, ...(sub_results ? { sub_results } : {}) };
}

/**
 * A domain page stands for up to three statements, but it is one hit: its first statement takes the domain's
 * place, and the others wait until the next hit if that is a guidance page. Otherwise one domain that mentions
 * a word fills the top three, above the guidance page that explains it.
 */
export function resultPages(found: readonly Found[], cap: number = STATEMENTS_PER_DOMAIN): ResultPages {
  let next = 0;
  let shown = 0;
  /** Items in order, beyond the last page shown. */
  let waiting: ResultItem[] = [];
  /** The second and later statements of the last domain: they follow the next hit's first item. */
  let deferred: ResultItem[] = [];
  /** A statement named by its id comes first; when its domain turns up again, it is not listed twice. */
  const named = new Set(found.flatMap((f) => f.statements ?? []));
  return {
    get done() {
      return next >= found.length && waiting.length === 0 && deferred.length === 0;
    },
    async next(size) {
      while (waiting.length < size && next < found.length) {
        // Each hit gives one item or more, so this many hits are enough to fill the page; loaded side by side.
        const wanted = found.slice(next, next + Math.max(1, size - waiting.length));
        next += wanted.length;
        const expanded = await Promise.all(wanted.map((f) => expand(f, cap, f.statements ? new Set() : named)));
        expanded.forEach((items, i) => {
          // Statements named by id are what the reader asked for: all of them, at once.
          if (wanted[i]!.statements) return void waiting.push(...items);
          // Only a guidance page goes ahead of them: among competencies and sheets the score order stands.
          if (wanted[i]!.type === 'guidance') waiting.push(...items.slice(0, 1), ...deferred);
          else waiting.push(...deferred, ...items.slice(0, 1));
          deferred = items.slice(1);
        });
      }
      if (next >= found.length) {
        waiting.push(...deferred);
        deferred = [];
      }
      const page = waiting.slice(0, size);
      waiting = waiting.slice(size);
      shown += page.length;
      return page;
    },
    count() {
      const rest = found.slice(next);
      return { total: shown + waiting.length + deferred.length + rest.length, exact: !rest.some((f) => f.type === 'competency') };
    },
  };
}
