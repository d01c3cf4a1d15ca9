/** Where the content lives: `content` unless RAPPORT_CONTENT names another folder (the benchmarks use this). */
export const contentDir = (process.env['RAPPORT_CONTENT'] ?? 'content').replace(/\/$/, '');

/** The same folder as Astro's loaders want it: relative to the project root, or absolute. */
export const contentBase = contentDir.startsWith('/') ? contentDir : `./${contentDir}`;

/** Where the built site goes: `dist` unless RAPPORT_DIST names another folder (CI builds a second copy in dist-sub). */
export const distDir = (process.env['RAPPORT_DIST'] ?? 'dist').replace(/\/$/, '');
