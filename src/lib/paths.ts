/** Where the content lives: `content/` unless RAPPORT_CONTENT names another folder (the benchmarks use this). */
export const contentDir = (process.env['RAPPORT_CONTENT'] ?? './content').replace(/\/$/, '');
