import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidanceSchema } from './lib/schema/guidance.ts';
import { domainFileSchema, frameworkSchema } from './lib/schema/competency.ts';
import { contentBase } from './lib/paths.ts';

// The same schemas the cross-check (scripts/crosscheck.ts) validates with: one copy, never two.
export const collections = {
  guidance: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentBase}/guidance` }),
    schema: guidanceSchema,
  }),
  domains: defineCollection({
    loader: glob({ pattern: ['*.{yaml,yml}', '!framework.yaml'], base: `${contentBase}/competencies` }),
    schema: domainFileSchema,
  }),
  framework: defineCollection({
    loader: glob({ pattern: 'framework.yaml', base: `${contentBase}/competencies` }),
    schema: frameworkSchema,
  }),
};
