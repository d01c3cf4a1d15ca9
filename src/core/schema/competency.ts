/**
 * The competency framework: the one schema that the site (src/content.config.ts) and the cross-check share.
 * A domain file holds one domain, its statements, and the statements it has retired.
 */
import { z } from 'astro/zod';
import { DOMAIN_ID, STATEMENT_ID } from './ids.ts';
import { STANDARD_ID } from './standards.ts';

export { DOMAIN_ID, STATEMENT_ID };

/** Guidance points at a heading: "<page-slug>#<heading-anchor>". */
export const GUIDANCE_REF = /^[a-z0-9]+(?:[-/][a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

export const LEVELS = ['all', 'lead'] as const;

/** How an assessor can judge a statement: one vocabulary for the schema, pages, sheets and downloads. */
export const ASSESSMENT_METHODS = ['observation', 'discussion', 'reflective-account', 'witness', 'records'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** The methods as trainers name them (the Care Certificate's assessment words). */
export const ASSESSMENT_LABELS: Readonly<Record<AssessmentMethod, string>> = {
  observation: 'Observation',
  discussion: 'Professional discussion',
  'reflective-account': 'Reflective account',
  witness: 'Witness testimony',
  records: 'Review of care records',
};

const assessmentMethod = z.enum(ASSESSMENT_METHODS, {
  errorMap: (issue, ctx) => ({
    message:
      issue.code === 'invalid_enum_value'
        ? `"${String(issue.received)}" is not an assessment method; use one of: ${ASSESSMENT_METHODS.join(', ')}`
        : ctx.defaultError,
  }),
});

const statementId = z.string().regex(STATEMENT_ID, 'Write the id as the domain letters, a hyphen and two digits, e.g. "BND-03".');

export const statementSchema = z
  .object({
    /** Stable for ever: printed sheets and saved answers refer to it. */
    id: statementId,
    /** One observable behaviour, in the first person: "I decline personal offers politely…". */
    statement: z.string().trim().min(10, 'Write the statement as a full sentence starting "I …".'),
    /** "all" staff, or "lead" for supervisors and managers. */
    level: z.enum(LEVELS, { errorMap: () => ({ message: 'Use "all" (every member of staff) or "lead" (supervisors and managers).' }) }),
    /** Where the guide covers it: "<page-slug>#<heading-anchor>". (Called `evidence` before version 2.) */
    guidance: z.array(
      z.string().regex(GUIDANCE_REF, 'Write guidance as "<page-slug>#<heading-anchor>", e.g. "drawing-boundaries#gifts-favours-and-offers".'),
    ),
    /** Words the referenced sections must still contain for the statement to stand. */
    terms: z.array(z.string().trim().toLowerCase().min(2)).min(1, 'List at least one key word the guidance must contain.'),
    /** How an assessor judges it: at least one method from the one vocabulary. */
    assessment: z.array(assessmentMethod, { required_error: 'Say how an assessor judges it: list one or more of observation, discussion, reflective-account, witness, records.' }).min(1, 'List at least one method: observation, discussion, reflective-account, witness or records.'),
    /** The external standards it evidences: ids from content/competencies/standards.yaml. */
    standards: z
      .array(z.string().regex(STANDARD_ID, 'Write a standard as its id in content/competencies/standards.yaml, e.g. "cc2015-6".'))
      .optional(),
  })
  .strict();

export const retiredSchema = z
  .object({
    id: statementId,
    statement: z.string().trim().min(10),
    /** The framework version that retired it. */
    retiredIn: z.string().regex(SEMVER, 'Write the version that retired it, e.g. "1.1.0".'),
    /** Why, in a sentence, for people holding old sheets. */
    reason: z.string().trim().min(1).optional(),
    /** The statements that took its place: one, or several when it was split. Each must be a current statement. */
    replacedBy: z
      .array(statementId, { invalid_type_error: 'Write replacedBy as a list of ids, e.g. [BND-03], or [BND-08, BND-09] when a statement was split.' })
      .min(1, 'List the statements that replaced it, or leave replacedBy out.')
      .optional(),
  })
  .strict();

export const domainFileSchema = z
  .object({
    domain: z
      .object({
        id: z.string().regex(DOMAIN_ID, 'Write the domain id as three capital letters, e.g. "BND".'),
        title: z.string().trim().min(1),
        /** One or two sentences on what the domain covers. */
        summary: z.string().trim().min(10),
        /** Place in the framework, starting at 1. */
        order: z.number().int().positive(),
      })
      .strict(),
    statements: z.array(statementSchema).default([]),
    /** Statements are never deleted: they move here, so old sheets and saved answers still resolve. */
    retired: z.array(retiredSchema).default([]),
  })
  .strict();

export const frameworkSchema = z
  .object({
    title: z.string().trim().min(1),
    version: z.string().regex(SEMVER, 'Write the version as major.minor.patch, e.g. "1.0.0".'),
    published: z.coerce.date(),
    summary: z.string().trim().min(1).optional(),
    changelog: z
      .array(
        z
          .object({
            version: z.string().regex(SEMVER, 'Write the version as major.minor.patch, e.g. "1.0.0".'),
            date: z.coerce.date(),
            changes: z.array(z.string().trim().min(1)).min(1),
          })
          .strict(),
      )
      .min(1, 'Record at least the first version in the changelog.'),
  })
  .strict();

export type Statement = z.output<typeof statementSchema>;
export type RetiredStatement = z.output<typeof retiredSchema>;
export type DomainFile = z.output<typeof domainFileSchema>;
export type Framework = z.output<typeof frameworkSchema>;
