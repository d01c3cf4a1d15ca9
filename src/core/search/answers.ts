/**
 * "Answers: …" in a search result: of the everyday questions a page's sections answer, the one that shares most
 * words with the query. Each section's questions are indexed hidden after its heading, opened by an empty
 * marker with id "q-<anchor>-<count>" (src/build/rehype-section-questions.ts). Pagefind lists the marker with
 * its place in the page's text, so the questions are read back from the text: the `count` sentences from there,
 * each question being one sentence (Pagefind ends a block without its own full stop with one).
 */
import { PERSON_WORDS, STOP_WORDS, words } from './words.ts';

/** What Pagefind lists for an element with an id: `location` is the word of the page's text it starts at. */
export interface Anchor {
  id: string;
  text?: string;
  location?: number;
}

export interface Answer {
  question: string;
  /** The anchor of the section that answers it. */
  section: string;
}

const QUESTIONS_ID = /^q-(.+)-(\d+)$/;

/** Two words match when they are the same or one starts the other (Pagefind's stemming and prefixes). */
function matches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** The `count` sentences of `text` from its word `from` on (words split as Pagefind counts them, at spaces). */
export function sentencesAt(text: string, from: number, count: number): string[] {
  const all = text.split(/\s+/).filter(Boolean);
  const found: string[] = [];
  let current: string[] = [];
  for (let i = from; i < all.length && found.length < count; i++) {
    current.push(all[i]!);
    if (/[.?!]["”’)]*$/.test(all[i]!)) {
      found.push(current.join(' '));
      current = [];
    }
  }
  return found;
}

/** The question sharing most of the query's topic words (at least one), or undefined. Ties go to the first. */
export function bestQuestion(query: string, anchors: readonly Anchor[] | undefined, content: string | undefined): Answer | undefined {
  // Topic words only: a question matching "what" or "resident" answers nothing in particular.
  const wanted = [...new Set(words(query))].filter((w) => !STOP_WORDS.has(w) && !PERSON_WORDS.has(w));
  let best: (Answer & { score: number }) | undefined;
  for (const { id, location } of anchors ?? []) {
    const match = QUESTIONS_ID.exec(id);
    if (!match || location === undefined || !content) continue;
    for (const question of sentencesAt(content, location, Number(match[2]))) {
      const own = words(question);
      const score = wanted.filter((w) => own.some((o) => matches(w, o))).length;
      // Without a final full stop: Pagefind adds one to a question typed without it.
      if (score > 0 && (!best || score > best.score)) best = { question: question.replace(/\.$/, ''), section: match[1]!, score };
    }
  }
  return best && { question: best.question, section: best.section };
}
