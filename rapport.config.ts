// Your organisation's settings. Change these, then run `npm run build`.
// Every setting is checked when the site builds; a mistake stops the build with a message saying how to fix it.
import type { SiteConfigInput } from './src/lib/schema/site-config.ts';

export default {
  title: 'Rapport',
  organisation: {
    name: 'Rapport',
  },
  // site: 'https://learning.example.org',
  // base: '/rapport/',
} satisfies SiteConfigInput;
