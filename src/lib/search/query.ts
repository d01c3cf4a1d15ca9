/**
 * How Rapport asks Pagefind. Pagefind only returns pages holding every word of a query, so a whole
 * question ("can I add a client on facebook") finds nothing. We ask for the whole query first, then for
 * its content words, then for each word alone, and merge the scores.
 */

/** Words that carry no topic in a care worker's question. */
export const STOP_WORDS = new Set(
  `a about after again all am an and any are as at be been before being but by can could did do does doing
  for from get got had has have he her here hers him his how i if in into is it its just me mine my myself no
  nor not now of off on once only or our ours out over own same she should so some such than that the their
  theirs them then there these they this those to too under until up very was we were what when where which
  while who whom why will with would you your yours ok okay please want wants need needs tell told say said
  know really still also much many lot lots thing things way someone somebody something im ive dont cant
  shall may might must let lets us`.split(/\s+/),
);

/** Lower-case words of a query, apostrophes dropped ("don't" → "dont"). */
export function words(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The query without stop words; the query itself when nothing else is left. */
export function contentWords(query: string): string[] {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : all;
}

/** The searches to try, most specific first, without repeats. */
export function queryPlan(query: string): string[] {
  const plan = [query.trim(), contentWords(query).join(' '), ...contentWords(query)];
  return [...new Set(plan.filter(Boolean))];
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges ranked lists from the plan: a page found by the whole query outranks one found by single
 * words, and a page found by more of the words outranks one found by fewer.
 */
export function mergeRanked(lists: Scored[][], weights: number[]): Scored[] {
  const total = new Map<string, number>();
  lists.forEach((list, i) => {
    const weight = weights[i] ?? 1;
    for (const { id, score } of list) total.set(id, (total.get(id) ?? 0) + weight * score);
  });
  return [...total].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** Weight of each step of the plan: the whole query counts most. */
export function planWeights(plan: string[]): number[] {
  return plan.map((_, i) => (i === 0 ? 4 : i === 1 && plan.length > 2 ? 2 : 1));
}
