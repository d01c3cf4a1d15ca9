import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidanceSchema } from './lib/schema/guidance.ts';
import { contentBase } from './lib/paths.ts';

export const collections = {
  guidance: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentBase}/guidance` }),
    schema: guidanceSchema,
  }),
};
