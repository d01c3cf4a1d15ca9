/**
 * A zod issue as a plain message, "field.path: what is wrong and what to do". The cross-check (YAML and
 * frontmatter) and the settings (rapport.config.ts) share the rule for which issues get their own wording;
 * each supplies the words its authors read. Anything else keeps the schema's own message.
 */
import type { z } from 'astro/zod';

export interface IssueWords {
  /** The path named when the issue is about the whole file. */
  whole: string;
  /** Fields the schema does not know, at `path`. */
  unknown(keys: string[], path: (string | number)[]): string;
  /** A missing field; `message` is the schema's own ("Required" unless the schema wrote one). */
  required(message: string): string;
  /** A value of the wrong type, or undefined to keep the schema's message. */
  wrongType(expected: string, received: string): string | undefined;
}

export function issueMessage(issue: z.ZodIssue, words: IssueWords): string {
  const path = issue.path.join('.') || words.whole;
  const why =
    issue.code === 'unrecognized_keys'
      ? words.unknown(issue.keys, issue.path)
      : issue.code === 'invalid_type' && issue.received === 'undefined'
        ? words.required(issue.message)
        : (issue.code === 'invalid_type' && words.wrongType(issue.expected, issue.received)) || issue.message;
  return `${path}: ${why}`;
}
