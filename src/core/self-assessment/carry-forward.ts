/**
 * Answers to statements that were split or merged. The answer stays where it was saved (under "From an earlier
 * version"), and on request its rating is copied to the statements that replaced it, but only to those not yet
 * rated: a rating the person gave the new statement themselves is never overwritten.
 */
import { setRating, type SavedDocument } from './document.ts';

/** Each retired statement's id → the current statements that replaced it. */
export type Replacements = ReadonlyMap<string, readonly string[]>;

/** The replacements of `id` that "Use this rating for the new statements" would rate: none if `id` has no rating. */
export function carryTargets(doc: SavedDocument, id: string, replacements: Replacements): string[] {
  if (doc.answers[id]?.rating === undefined) return [];
  return [...new Set(replacements.get(id) ?? [])].filter((to) => to !== id && doc.answers[to]?.rating === undefined);
}

/** Copies the rating of `id` to its unrated replacements, keeping their notes and the old answer; returns the ids rated. */
export function carryForward(doc: SavedDocument, id: string, replacements: Replacements): string[] {
  const rating = doc.answers[id]?.rating;
  const targets = carryTargets(doc, id, replacements);
  if (rating !== undefined) for (const to of targets) setRating(doc, to, rating);
  return targets;
}

/** Reads the map from the page: each earlier statement carries its replacements as `data-replaced-by="A B"`. */
export function replacementsFrom(items: readonly { id: string; replacedBy: string | undefined }[]): Map<string, string[]> {
  return new Map(items.map(({ id, replacedBy }) => [id, (replacedBy ?? '').split(/\s+/).filter(Boolean)]));
}
