/**
 * content/competencies/standards.yaml: the external standards trainers assess against (the Care Certificate,
 * CQC quality statements, codes of conduct), each entry with a stable id that statements cite in `standards`.
 * Kept as data, not code, so an organisation can correct or extend it, and a changed standard is one edit.
 */
import { z } from 'astro/zod';

/** Lower-case words and digits joined by hyphens, e.g. "cc2015-6", "cqc-safe-safeguarding". */
export const STANDARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().regex(STANDARD_ID, 'Write the id in lower case, words and digits joined by hyphens, e.g. "cc2015-6".');

export const standardEntrySchema = z
  .object({
    /** Stable: statements cite it. Starts with its framework's id, e.g. "cc2015-6". */
    id,
    /** The standard's own number, where it has one: 6 in "Standard 6: Communication". */
    number: z.union([z.number().int().nonnegative(), z.string().trim().min(1)]).optional(),
    /** Exactly as the publisher words it: never invented. */
    title: z.string().trim().min(1),
    /** The heading it sits under, e.g. a CQC key question ("Safe"). */
    group: z.string().trim().min(1).optional(),
    /** This framework sets out to cover it: the cross-check warns while no statement maps to it. */
    inScope: z.boolean().optional(),
  })
  .strict();

export const standardFrameworkSchema = z
  .object({
    id,
    /** Its full name: "The Care Certificate (2015 standards)". */
    title: z.string().trim().min(1),
    /** A short name for sheets and lists: "Care Certificate 2015". */
    shortTitle: z.string().trim().min(1).optional(),
    /** The version or date of the set listed; left out where it is not confirmed. */
    version: z.string().trim().min(1).optional(),
    /** Where it comes from: the publisher, and the document. */
    source: z.string().trim().min(1),
    /** A link to the publisher's page, if wanted; nothing is loaded from it. */
    href: z.string().url().optional(),
    /** What a reader should know: that a list is partial, or under review. */
    note: z.string().trim().min(1).optional(),
    entries: z.array(standardEntrySchema).min(1, 'List at least one standard, or leave the framework out.'),
  })
  .strict();

export const standardsFileSchema = z
  .object({ frameworks: z.array(standardFrameworkSchema).min(1, 'List at least one framework of standards.') })
  .strict()
  .superRefine((file, ctx) => {
    // Ids are what statements cite, so each is unique across the file and says which framework it is in.
    const seen = new Map<string, string>();
    file.frameworks.forEach((f, i) => {
      const first = seen.get(f.id);
      if (first) ctx.addIssue({ code: 'custom', path: ['frameworks', i, 'id'], message: `"${f.id}" is already the id of ${first}; give each framework its own id` });
      else seen.set(f.id, `"${f.title}"`);
      f.entries.forEach((e, j) => {
        const path = ['frameworks', i, 'entries', j, 'id'];
        if (!e.id.startsWith(`${f.id}-`)) ctx.addIssue({ code: 'custom', path, message: `"${e.id}" is in ${f.id}; its id must start "${f.id}-"` });
        const taken = seen.get(e.id);
        if (taken) ctx.addIssue({ code: 'custom', path, message: `"${e.id}" is already the id of ${taken}; ids are permanent, so give this entry its own` });
        else seen.set(e.id, `"${e.title}"`);
      });
    });
  });

export type StandardEntry = z.output<typeof standardEntrySchema>;
export type StandardFramework = z.output<typeof standardFrameworkSchema>;
export type StandardsFile = z.output<typeof standardsFileSchema>;
