/**
 * Rehype plugin: the everyday questions a `##` section answers (frontmatter `questions:`, keyed by the
 * section's anchor) go straight after its heading, hidden from the page but indexed by Pagefind as part of
 * that section, with extra weight, so a question in staff's words finds the section that answers it.
 * The block starts with an empty marker, id "q-<anchor>-<count>": Pagefind lists it among the page's anchors with
 * its place in the text, from which the search page reads the questions back (answers.ts) to show the best
 * match as "Answers: …". One empty marker a section, not an id on each question, because Pagefind repeats an
 * element's text in every result it sends, and the questions are already in the page's text.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { questionsId } from '../core/questions.ts';

/** How much a question's words count against the section's own text (1); a `##` heading's count 6. */
export const QUESTION_WEIGHT = 3;

type Questions = Record<string, unknown>;

export default function rehypeSectionQuestions() {
  // Astro's own heading-id transformer, called directly (it is synchronous).
  const ids = rehypeHeadingIds() as unknown as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile) => {
    const questions = (file.data as { astro?: { frontmatter?: { questions?: unknown } } }).astro?.frontmatter?.questions;
    if (!questions || typeof questions !== 'object') return;
    // The ids Astro will give the headings, given now (Astro keeps an id already there), so keys match anchors.
    ids(tree, file);
    const children = tree.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const node = children[i]!;
      if (node.type !== 'element' || node.tagName !== 'h2') continue;
      const anchor = node.properties['id'];
      const list = typeof anchor === 'string' ? (questions as Questions)[anchor] : undefined;
      if (!Array.isArray(list) || !list.length) continue;
      children.splice(i + 1, 0, questionBlock(anchor as string, list.map(String)));
    }
  };
}

function questionBlock(anchor: string, list: string[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { hidden: true, className: ['section-questions'], dataPagefindWeight: String(QUESTION_WEIGHT) },
    children: [
      { type: 'element', tagName: 'span', properties: { id: questionsId(anchor, list.length) }, children: [] },
      ...list.map((q): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: q }] })),
    ],
  };
}
