/** Frontmatter of a guidance page in content/guidance/: the one schema the site and the scripts share. */
import { z } from 'astro/zod';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One sentence for cards, meta description and search results: shared with local pages. */
export const description = z
  .string()
  .trim()
  .min(20, 'Write one full sentence describing the page.')
  .max(200, 'Keep the description to one sentence of 200 characters or fewer.');

/** Everyday search words the page may not use; indexed, not shown: shared with local pages. */
export const keywords = z.array(z.string().trim().toLowerCase().min(1)).default([]);

/**
 * The everyday questions each `##` section answers, in staff's own words, keyed by the section's anchor
 * (its heading slugged, as in `page#anchor` references): hidden on the page, indexed for search and shown
 * in results as "Answers: …". Shared with local pages.
 */
export const questions = z
  .record(
    z.string().regex(slug, 'Key each list by the section\'s anchor, e.g. "saying-no-kindly" for "## Saying no kindly".'),
    z.array(z.string().trim().min(8, 'Write each question in full, as a worker would ask it.')).min(1),
  )
  .default({});

export const guidanceSchema = z
  .object({
    /** The page's heading and title. */
    title: z.string().trim().min(1),
    /** One sentence for cards, meta description and search results. */
    description,
    /** Reading order across the whole guide, starting at 1. */
    order: z.number().int().positive(),
    /** The slug of the page this one sits under, e.g. "components". */
    parent: z.string().regex(slug, 'Use the parent page\'s slug, e.g. "components".').optional(),
    /** Everyday words people search with that the page may not use; indexed, not shown. */
    keywords,
    /** The everyday questions each `##` section answers, keyed by the section's anchor. */
    questions,
    /** Two to four short points a worker can read in ten seconds. */
    inBrief: z
      .array(z.string().trim().min(1))
      .min(2, 'Give at least 2 "In brief" points.')
      .max(4, 'Give at most 4 "In brief" points: keep it to what a worker can read in ten seconds.'),
    /**
     * The laws, codes and guidance the page rests on, shown at its foot as "Where this comes from": plain
     * citations, with an optional address for the reader to follow (nothing is loaded from it).
     */
    sources: z
      .array(
        z
          .object({
            title: z.string().trim().min(1),
            href: z.string().url('Give a full address starting https://, or leave href out.').optional(),
          })
          .strict(),
      )
      .min(1, 'List at least one law, code or guidance the page rests on under "sources".')
      .optional(),
    /** When the page was last checked by a reviewer. */
    lastReviewed: z.coerce.date(),
    /** When the page must next be reviewed. */
    reviewDue: z.coerce.date(),
  })
  .strict()
  .refine((page) => page.reviewDue > page.lastReviewed, {
    message: 'reviewDue must come after lastReviewed.',
    path: ['reviewDue'],
  });

export type GuidanceData = z.output<typeof guidanceSchema>;
