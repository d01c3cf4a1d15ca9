/**
 * Review dates: a page past its `reviewDue` still builds (the page itself tells readers), but the build
 * warns, so whoever looks after the guide sees it before staff do.
 */
import type { GuidancePage } from '../../core/guidance.ts';
import { isoDay } from '../../core/dates.ts';
import type { Message } from './messages.ts';

export function checkReviews(pages: readonly GuidancePage[], today: Date): Message[] {
  const day = isoDay(today);
  return pages
    .filter((p): p is GuidancePage & { reviewDue: NonNullable<GuidancePage['reviewDue']> } => !!p.reviewDue && p.reviewDue.day < day)
    .map((p) => ({
      file: p.file,
      line: p.reviewDue.line,
      column: 1,
      severity: 'warning' as const,
      rule: 'review-overdue' as const,
      text: `the page was due for review on ${p.reviewDue.day}; check it against current law and policy, then set lastReviewed and a new reviewDue`,
    }));
}
