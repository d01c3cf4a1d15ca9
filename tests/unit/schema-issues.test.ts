import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { issueMessage, type IssueWords } from '../../src/core/schema/issues.ts';

const words: IssueWords = {
  whole: '(all of it)',
  unknown: (keys, path) => `unknown ${keys.join('+')} under ${path.join('/') || 'top'}`,
  required: (message) => `required (${message})`,
  wrongType: (expected, received) => (expected === 'string' ? `want ${expected}, got ${received}` : undefined),
};

const schema = z
  .object({
    title: z.string(),
    count: z.number().optional(),
    note: z.string({ required_error: 'say what it is' }).optional(),
    owner: z.object({ name: z.string() }).strict().optional(),
    tags: z.array(z.string().min(2, 'at least two letters')).optional(),
  })
  .strict();

/** The messages for `input`, one per issue. */
const messages = (input: unknown, s: z.ZodTypeAny = schema) => {
  const result = s.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issueMessage(issue, words));
};

describe('a zod issue as a plain message', () => {
  it('names unknown fields with their path, in the caller\'s words', () => {
    expect(messages({ title: 'A', owner: { name: 'B', nmae: 'C' } })).toEqual(['owner: unknown nmae under owner']);
    expect(messages({ title: 'A', colour: 1, size: 2 })).toEqual(['(all of it): unknown colour+size under top']);
  });

  it('says a missing field is required, passing on the schema\'s own message', () => {
    expect(messages({})).toEqual(['title: required (Required)']);
    expect(messages({ note: undefined, title: 'A' }, z.object({ title: z.string(), note: z.string({ required_error: 'say what it is' }) }))).toEqual([
      'note: required (say what it is)',
    ]);
  });

  it('words a wrong type the caller\'s way, or keeps the schema\'s message when the caller has no words for it', () => {
    expect(messages({ title: 3 })).toEqual(['title: want string, got number']);
    expect(messages({ title: 'A', count: 'three' })).toEqual(['count: Expected number, received string']);
  });

  it('keeps the schema\'s own message for every other issue, with the path to the item', () => {
    expect(messages({ title: 'A', tags: ['ok', 'x'] })).toEqual(['tags.1: at least two letters']);
    expect(messages('just text')).toEqual(['(all of it): Expected object, received string']);
  });
});
