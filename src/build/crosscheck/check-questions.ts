/**
 * Questions as content: each `##` section lists the everyday questions it answers (frontmatter `questions:`,
 * keyed by the section's anchor). A key that names no `##` section of the page is an error (its questions
 * would be indexed nowhere); a `##` section with none is a warning, as search then finds it only by its words.
 * A question of more than one sentence is an error: search reads a section's questions back from the page's
 * text one sentence each (src/core/search/answers.ts), so "Answers: …" would show half of it.
 */
import { EXAMPLE_SECTIONS, type GuidancePage } from '../../core/guidance.ts';
import { suggest } from '../../core/suggest.ts';
import { isOneSentence } from '../../core/search/answers.ts';
import type { Message } from './messages.ts';

export function checkQuestions(pages: readonly GuidancePage[]): Message[] {
  const messages: Message[] = [];
  for (const page of pages) {
    const sections = page.sections.filter((s) => s.depth === 2);
    const anchors = sections.map((s) => s.anchor);
    const keys = page.questions ?? [];
    for (const key of keys) {
      if (anchors.includes(key.anchor)) continue;
      const guess = suggest(key.anchor, anchors);
      messages.push({
        file: page.file,
        line: key.line,
        column: 1,
        severity: 'error',
        rule: 'questions-heading',
        text: `questions for "${key.anchor}", which is not a ## heading of this page${guess ? `; did you mean "${guess}"?` : ''} Key each list by its section's anchor (the ## heading slugged)`,
      });
    }
    for (const { text, line } of keys.flatMap((k) => k.items))
      if (!isOneSentence(text))
        messages.push({
          file: page.file,
          line,
          column: 1,
          severity: 'error',
          rule: 'questions-sentence',
          text: `the question "${text.trim()}" is more than one sentence; write it as one (search shows a section's questions one sentence each)`,
        });
    const asked = new Set(keys.map((k) => k.anchor));
    for (const section of sections)
      if (!asked.has(section.anchor) && !EXAMPLE_SECTIONS.has(section.anchor))
        messages.push({
          file: page.file,
          line: section.line,
          column: 1,
          severity: 'warning',
          rule: 'questions-missing',
          text: `the section "${section.title}" lists no questions; add the everyday questions it answers under questions: ${section.anchor}: in the frontmatter`,
        });
  }
  return messages;
}
