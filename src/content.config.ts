import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidanceSchema } from './core/schema/guidance.ts';
import { localSchema } from './core/schema/local.ts';
import { domainFileSchema, frameworkSchema } from './core/schema/competency.ts';
import { quickAnswersSchema } from './core/schema/quick-answers.ts';
import { standardsFileSchema } from './core/schema/standards.ts';
import { contentBase } from './data/paths.ts';
import { config } from './data/config.ts';
import { hiddenGlobs } from './core/hide.ts';

// The same schemas the cross-check (scripts/crosscheck.ts) validates with: one copy, never two.
export const collections = {
  guidance: defineCollection({
    // Sections hidden in rapport.config.ts are left out here, so no page, list or search index sees them.
    loader: glob({ pattern: ['**/*.mdx', ...hiddenGlobs(config.hide)], base: `${contentBase}/guidance` }),
    schema: guidanceSchema,
  }),
  /** The organisation's own pages, published at /local/<file name>/. */
  local: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentBase}/local` }),
    schema: localSchema,
  }),
  domains: defineCollection({
    loader: glob({ pattern: ['*.{yaml,yml}', '!framework.yaml', '!standards.yaml'], base: `${contentBase}/competencies` }),
    schema: domainFileSchema,
  }),
  /** content/quick-answers.yaml: the "What to do if…" page. */
  quickAnswers: defineCollection({
    loader: glob({ pattern: 'quick-answers.yaml', base: contentBase }),
    schema: quickAnswersSchema,
  }),
  /** content/competencies/standards.yaml: the external standards statements map to. */
  standards: defineCollection({
    loader: glob({ pattern: 'standards.yaml', base: `${contentBase}/competencies` }),
    schema: standardsFileSchema,
  }),
  framework: defineCollection({
    loader: glob({ pattern: 'framework.yaml', base: `${contentBase}/competencies` }),
    schema: frameworkSchema,
  }),
};
