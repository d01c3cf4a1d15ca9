/**
 * content/quick-answers.yaml, the "What to do if…" page: common situations in staff's words, each answered in
 * a sentence or two and pointing at the section that explains it. One schema for the site and the cross-check.
 */
import { z } from 'astro/zod';
import { GUIDANCE_REF } from './competency.ts';

export const quickAnswerSchema = z
  .object({
    /** The situation as staff would say it: "A resident offers me money". */
    situation: z.string().trim().min(5, 'Write the situation as staff would say it, e.g. "A resident offers me money".'),
    /** One or two plain sentences: what to do now. */
    answer: z
      .string()
      .trim()
      .min(20, 'Answer in one or two full sentences.')
      .max(320, 'Keep an answer to one or two short sentences (320 characters at most): the linked section has the detail.'),
    /** The section that explains it: "<page>#<heading anchor>". */
    see: z.string().regex(GUIDANCE_REF, 'Write the section as "<page>#<heading>", e.g. "money-gifts-and-property#gifts".'),
  })
  .strict();

export const quickAnswersSchema = z
  .object({
    groups: z
      .array(
        z
          .object({
            title: z.string().trim().min(1),
            answers: z.array(quickAnswerSchema).min(1, 'Give each group at least one answer.'),
          })
          .strict(),
      )
      .min(1, 'Give at least one group of answers.'),
  })
  .strict();

export type QuickAnswers = z.output<typeof quickAnswersSchema>;
export type QuickAnswer = z.output<typeof quickAnswerSchema>;
