/**
 * Excerpts from the text a reader sees. A section's hidden questions are part of the page's indexed text, so
 * Pagefind's excerpt is often a run of them ("promise not to tell anyone. What questions can I ask after a
 * disclosure?"), which reads as noise and hides the guidance that answers. The result already shows the best
 * question as "Answers: …"; the excerpt is taken from the rest: the window of the page's (or section's) visible
 * words holding the most of the query's matches, with them marked, as Pagefind chooses its own.
 */
import type { Anchor, QuestionBlock } from './answers.ts';

/** A matched word on the page: where it is, and how much it counts (Pagefind's weighted locations). */
export interface Match {
  location: number;
  balanced_score: number;
}

/** Words shown before the first match, when its sentence starts further back than SENTENCE_REACH words. */
const LEAD = 3;
const SENTENCE_REACH = 10;

/** Word positions of the hidden questions. */
export function hiddenWords(blocks: readonly QuestionBlock[]): Set<number> {
  const hidden = new Set<number>();
  for (const { start, end } of blocks) for (let i = start; i < end; i++) hidden.add(i);
  return hidden;
}

/**
 * Where a section's (or page's) own words start: after its heading, when the text at `at` opens with it, so an
 * excerpt never starts inside the heading the result's link already shows.
 */
export function afterHeading(all: readonly string[], at: number, heading: string): number {
  const want = heading.split(/\s+/).filter(Boolean);
  const opens = want.length > 0 && want.every((w, i) => all[at + i]?.replace(/[.:?!]$/, '') === w.replace(/[.:?!]$/, ''));
  return opens ? at + want.length : at;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The excerpt, as HTML with <mark>s, of the visible words (of the page's `all`) in [from, to): `length` of them,
 * where the matches score most (the first such window; the start when none is visible). Undefined when the
 * range shows nothing.
 */
export function visibleExcerpt(
  all: readonly string[],
  hidden: ReadonlySet<number>,
  matches: readonly Match[],
  range: { from?: number; to?: number } = {},
  length = 24,
): string | undefined {
  const from = range.from ?? 0;
  const to = Math.min(range.to ?? all.length, all.length);
  const visible: number[] = [];
  for (let i = from; i < to; i++) if (!hidden.has(i)) visible.push(i);
  if (!visible.length) return undefined;
  const score = new Map<number, number>();
  for (const m of matches) if (!hidden.has(m.location)) score.set(m.location, (score.get(m.location) ?? 0) + m.balanced_score);
  // Sliding window over the visible words.
  let best = 0;
  let bestSum = 0;
  let sum = 0;
  for (let i = 0; i < visible.length; i++) {
    sum += score.get(visible[i]!) ?? 0;
    if (i >= length) sum -= score.get(visible[i - length]!) ?? 0;
    if (sum > bestSum) [bestSum, best] = [sum, Math.max(0, i - length + 1)];
  }
  // Open at the start of the sentence holding the window's first match when it is near, else a few words
  // before the match, so the match is read with what follows it.
  const first = visible.slice(best, best + length).findIndex((i) => score.has(i));
  let start = first < 0 ? best : Math.max(0, best + first - LEAD);
  if (first >= 0) {
    const match = best + first;
    for (let k = match - 1; k >= Math.max(0, match - SENTENCE_REACH); k--)
      if (/[.?!:]["”’)]*$/.test(all[visible[k]!]!)) {
        start = k + 1;
        break;
      } else if (k === 0) start = 0;
  }
  return visible
    .slice(start, start + length)
    .map((i) => (score.has(i) ? `<mark>${escape(all[i]!)}</mark>` : escape(all[i]!)))
    .join(' ');
}

/** A result's text as its excerpts need it: its words (`textWords`), question blocks, anchors and matches. */
interface PageText {
  words: readonly string[];
  blocks: readonly QuestionBlock[];
  anchors: readonly (Anchor & { element?: string })[];
  weighted_locations?: readonly Match[] | undefined;
}
interface SectionText {
  title: string;
  anchor?: { location?: number };
  weighted_locations?: readonly Match[];
}

/**
 * The excerpts of a result from its visible text: the page's (after its title `heading`) and each section's
 * (from after its heading to the next heading). Undefined where Pagefind's own excerpt should stay: a page
 * without hidden questions, or a section shown only by its link.
 */
export function visibleExcerpts(page: PageText, heading: string): { page?: string; section(sub: SectionText): string | undefined } {
  const { words: all, blocks, anchors } = page;
  if (!blocks.length) return { section: () => undefined };
  const hidden = hiddenWords(blocks);
  const headings = anchors.filter((a) => a.element !== undefined && /^h[1-6]$/.test(a.element));
  const excerpt = visibleExcerpt(all, hidden, page.weighted_locations ?? [], { from: afterHeading(all, 0, heading) });
  return {
    ...(excerpt === undefined ? {} : { page: excerpt }),
    section(sub) {
      const at = sub.anchor?.location;
      if (at === undefined) return undefined;
      const from = afterHeading(all, at, sub.title);
      const to = headings.find((a) => (a.location ?? 0) > from)?.location;
      return visibleExcerpt(all, hidden, sub.weighted_locations ?? [], to === undefined ? { from } : { from, to });
    },
  };
}

/** How much a word the reader typed counts, against a word the plan added, in choosing where an excerpt is. */
export const OWN_WORD_FACTOR = 2;

/** One step's matches on a page, and how much the step counts. */
export interface StepMatches {
  weight: number;
  /** A word the reader typed, not a synonym or a situation's phrase. */
  own?: boolean | undefined;
  matches: readonly Match[];
}

/**
 * The matches of every step that found a page, added up place by place, the reader's own words counting
 * OWN_WORD_FACTOR times. Pagefind's result for one step marks only that step's word, so an excerpt chosen by
 * it shows where that one word is densest: a disclosure's "disclosure" drew it to the paragraph on the
 * whistleblowing law, not the advice on listening.
 */
export function mergeMatches(steps: readonly StepMatches[]): Match[] {
  const total = new Map<number, number>();
  for (const step of steps) {
    const factor = step.weight * (step.own ? OWN_WORD_FACTOR : 1);
    for (const m of step.matches) total.set(m.location, (total.get(m.location) ?? 0) + factor * m.balanced_score);
  }
  return [...total].sort((a, b) => a[0] - b[0]).map(([location, balanced_score]) => ({ location, balanced_score }));
}
