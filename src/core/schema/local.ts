/**
 * Frontmatter of an organisation's own page in content/local/ ("Our gifts policy", "Safeguarding contacts"),
 * published at /local/<file name>/ with a "Local" label. Lighter than a guidance page: only a title, a
 * description and a review date are needed.
 */
import { z } from 'astro/zod';
import { description, keywords, questions } from './guidance.ts';

export const localSchema = z
  .object({
    title: z.string().trim().min(1),
    description,
    /** Place in the list of local pages; pages without one follow, by title. */
    order: z.number().int().positive().optional(),
    /** Everyday words people search with that the page may not use; indexed, not shown. */
    keywords,
    /** The everyday questions each `##` section answers, keyed by the section's anchor. */
    questions,
    /** Up to four short points a worker can read in ten seconds. */
    inBrief: z.array(z.string().trim().min(1)).max(4, 'Give at most 4 "In brief" points.').default([]),
    lastReviewed: z.coerce.date(),
    reviewDue: z.coerce.date().optional(),
  })
  .strict()
  .refine((page) => !page.reviewDue || page.reviewDue > page.lastReviewed, {
    message: 'reviewDue must come after lastReviewed.',
    path: ['reviewDue'],
  });

export type LocalData = z.output<typeof localSchema>;
