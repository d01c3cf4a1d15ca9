/**
 * Nearness of a query's words on a page. A page-level score adds up each word wherever it is, so a long
 * page that uses "door", "open" and "morning" here and there outranks the short section question that holds
 * "knock" and "door" together ("Should I knock before going into someone's room?"). Words of a question that
 * stand close together on a page, in one sentence or one of a section's hidden questions, say far more about
 * the page answering it. Pagefind gives each hit the positions of its matched words without loading the
 * page, so this costs no download.
 */

/** How many word positions a run of the query's words may span: about one sentence or one question. */
export const WINDOW = 10;

/**
 * How much each further query word in the closest run raises a page's score: a page with two of the
 * words together scores (1 + NEARNESS) times as much, with three (1 + 2 × NEARNESS).
 */
export const NEARNESS = 0.5;

/**
 * The most distinct query words found within `window` positions of each other. `positions` holds, for
 * each query word, where it stands on the page (words not on the page have none).
 */
export function closestRun(positions: readonly (readonly number[])[], window: number = WINDOW): number {
  const tagged: { at: number; word: number }[] = [];
  positions.forEach((list, word) => {
    for (const at of list) tagged.push({ at, word });
  });
  tagged.sort((a, b) => a.at - b.at);
  const inside = new Map<number, number>();
  let best = 0;
  let start = 0;
  for (const { at, word } of tagged) {
    inside.set(word, (inside.get(word) ?? 0) + 1);
    while (at - tagged[start]!.at > window) {
      const left = tagged[start++]!.word;
      const n = inside.get(left)! - 1;
      if (n) inside.set(left, n);
      else inside.delete(left);
    }
    best = Math.max(best, inside.size);
  }
  return best;
}

/** A page's score raised by the nearness of the query's words on it. */
export function nearnessFactor(positions: readonly (readonly number[])[], window: number = WINDOW, nearness: number = NEARNESS): number {
  const run = closestRun(positions, window);
  return run > 1 ? 1 + nearness * (run - 1) : 1;
}
