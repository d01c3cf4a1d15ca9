import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../src/core/schema/guidance.ts';

const valid = {
  title: 'Professional boundaries',
  description: 'How to keep the relationship professional, kind and safe.',
  order: 5,
  parent: 'components',
  keywords: ['Gift', 'facebook'],
  inBrief: ['Keep it professional.', 'Ask if unsure.'],
  lastReviewed: '2026-11-27',
  reviewDue: '2027-11-27',
};

describe('guidance frontmatter', () => {
  it('accepts a complete page and normalises keywords to lower case', () => {
    const page = guidanceSchema.parse(valid);
    expect(page.keywords).toEqual(['gift', 'facebook']);
    expect(page.lastReviewed).toBeInstanceOf(Date);
  });

  it.each([
    ['one In brief point', { inBrief: ['Only one.'] }, 'inBrief', 'at least 2'],
    ['five In brief points', { inBrief: ['a', 'b', 'c', 'd', 'e'] }, 'inBrief', 'at most 4'],
    ['a review due before the last review', { reviewDue: '2026-01-01' }, 'reviewDue', 'must come after'],
    ['a parent that is not a slug', { parent: 'Components Page' }, 'parent', 'slug'],
    ['an unknown field', { tags: ['x'] }, '', 'Unrecognized key'],
  ])('refuses %s', (_, change, path, message) => {
    const result = guidanceSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(path);
    expect(issue.message).toContain(message);
  });
});
