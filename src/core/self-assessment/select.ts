/** Which answers to show where: progress per domain, the lowest-rated for supervision, and answers left over. */
import { RATING_CODES } from '../ratings.ts';
import type { SavedDocument } from './document.ts';

/** How many of these statements have a rating. A note on its own does not count as answered. */
export function answered(doc: SavedDocument, ids: readonly string[]): number {
  return ids.filter((id) => doc.answers[id]?.rating !== undefined).length;
}

/**
 * The statements rated lowest, for supervision: lowest rating first, then framework order.
 * Only statements in the current framework (`order`), and never those rated "Good": nothing to work on there.
 */
export function lowestRated(doc: SavedDocument, order: readonly string[], limit = 5): string[] {
  const top = RATING_CODES.length - 1;
  return order
    .map((id, index) => {
      const rating = doc.answers[id]?.rating;
      return { id, index, rank: rating ? RATING_CODES.indexOf(rating) : top };
    })
    .filter((r) => r.rank < top)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((r) => r.id);
}

/** Answers to statements not in the current framework (retired, or from elsewhere): kept and shown apart. */
export function leftOver(doc: SavedDocument, current: readonly string[]): string[] {
  const known = new Set(current);
  return Object.keys(doc.answers)
    .filter((id) => !known.has(id))
    .sort();
}
