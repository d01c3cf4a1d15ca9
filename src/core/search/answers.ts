/**
 * "Answers: …" in a search result: of the everyday questions a page's sections answer (indexed hidden after
 * each `##` heading, each with an id "q-<anchor>-<n>"), the one that shares most words with the query.
 */
import { PERSON_WORDS, STOP_WORDS, words } from './words.ts';

/** What Pagefind lists for an element with an id. */
export interface Anchor {
  id: string;
  text?: string;
}

export interface Answer {
  question: string;
  /** The anchor of the section that answers it. */
  section: string;
}

const QUESTION_ID = /^q-(.+)-(\d+)$/;

/** Two words match when they are the same or one starts the other (Pagefind's stemming and prefixes). */
function matches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** The question sharing most of the query's topic words (at least one), or undefined. Ties go to the first. */
export function bestQuestion(query: string, anchors: readonly Anchor[] | undefined): Answer | undefined {
  // Topic words only: a question matching "what" or "resident" answers nothing in particular.
  const wanted = [...new Set(words(query))].filter((w) => !STOP_WORDS.has(w) && !PERSON_WORDS.has(w));
  let best: (Answer & { score: number }) | undefined;
  for (const { id, text } of anchors ?? []) {
    const match = QUESTION_ID.exec(id);
    if (!match || !text) continue;
    const own = words(text);
    const score = wanted.filter((w) => own.some((o) => matches(w, o))).length;
    if (score > 0 && (!best || score > best.score)) best = { question: text.trim(), section: match[1]!, score };
  }
  return best && { question: best.question, section: best.section };
}
