/**
 * "Did you mean …?": the nearest word by edit distance, for names people type in content and settings, and
 * for search, which adds its own rule on top (src/core/search/vocabulary.ts: only a word that is not a word).
 */
import { distance } from 'fastest-levenshtein';

export interface NearestOptions {
  /** The most edits a candidate may be away; further ones are never offered. */
  maxEdits?: number;
  /** Breaks a tie in edits: true when `a` should be offered before `b`. Without it, the earlier candidate wins. */
  better?: (a: string, b: string) => boolean;
}

/** The candidate fewest edits (Levenshtein distance) from `word`, or undefined when none is within `maxEdits`. */
export function nearest(word: string, candidates: Iterable<string>, { maxEdits = Infinity, better }: NearestOptions = {}): string | undefined {
  let best: { name: string; edits: number } | undefined;
  for (const name of candidates) {
    // The length difference alone is that many edits: skip the distance when it is already too far.
    if (Math.abs(name.length - word.length) > maxEdits) continue;
    const edits = distance(word, name);
    if (edits > maxEdits) continue;
    if (!best || edits < best.edits || (edits === best.edits && better?.(name, best.name))) best = { name, edits };
  }
  return best?.name;
}

/** The likeliest name meant: one that starts with what was typed, else one that contains it, else the nearest by edit distance. */
export function suggest(wanted: string, names: readonly string[]): string | undefined {
  if (!names.length) return undefined;
  return names.find((n) => n.startsWith(wanted)) ?? names.find((n) => n.includes(wanted)) ?? nearest(wanted, names);
}

/** True when `guess` is close enough to `typed` to offer: one holds the other, or about a quarter of the letters differ. */
export function nearEnough(typed: string, guess: string): boolean {
  const a = typed.toLowerCase();
  const b = guess.toLowerCase();
  return a.includes(b) || b.includes(a) || distance(a, b) <= Math.max(2, Math.floor(b.length / 4));
}
