/**
 * Quick answers: each "see" names a real page and heading, so "What to do if…" never sends a worker to a
 * page that does not explain the situation. An answer into a hidden page is left off the site, with a warning.
 */
import type { GuidancePage } from '../../core/guidance.ts';
import { isHiddenRef } from '../../core/hide.ts';
import { resolveRef } from './check-guidance.ts';
import type { Content } from './load.ts';
import type { Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';

export function checkAnswers(answers: Content['quickAnswers'], pages: readonly GuidancePage[], hide: readonly string[]): Message[] {
  if (!answers) return [];
  const messages: Message[] = [];
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const { source, data } = answers;
  data.groups.forEach((group, g) =>
    group.answers.forEach((answer, a) => {
      const at = (severity: Message['severity']) => ({ file: source.file, ...positionOf(source, ['groups', g, 'answers', a, 'see']), severity });
      const prefix = `"${answer.situation}" see "${answer.see}":`;
      if (isHiddenRef(answer.see, hide)) {
        messages.push({ ...at('warning'), rule: 'answer-hidden', text: `${prefix} the page is hidden by rapport.config.ts, so this answer is left off "What to do if…"` });
        return;
      }
      const found = resolveRef(pages, bySlug, answer.see);
      if ('missing' in found) messages.push({ ...at('error'), rule: 'answer-link', text: `${prefix} ${found.text}` });
    }),
  );
  return messages;
}
