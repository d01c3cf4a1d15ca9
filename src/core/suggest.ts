/** "Did you mean …?" for names people type in content and settings (search has its own, in src/core/search/). */
import { closest, distance } from 'fastest-levenshtein';

/** The likeliest name meant: one that starts with what was typed, else one that contains it, else the nearest by edit distance. */
export function suggest(wanted: string, names: readonly string[]): string | undefined {
  if (!names.length) return undefined;
  return names.find((n) => n.startsWith(wanted)) ?? names.find((n) => n.includes(wanted)) ?? closest(wanted, [...names]);
}

/** True when `guess` is close enough to `typed` to offer: one holds the other, or about a quarter of the letters differ. */
export function nearEnough(typed: string, guess: string): boolean {
  const a = typed.toLowerCase();
  const b = guess.toLowerCase();
  return a.includes(b) || b.includes(a) || distance(a, b) <= Math.max(2, Math.floor(b.length / 4));
}
