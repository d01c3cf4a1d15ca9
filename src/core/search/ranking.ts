/**
 * Pagefind's ranking, tuned on tests/search/queries.json. Since Pagefind 1.5 metadata is searched too:
 * a guidance page's hidden `keywords` (everyday words from its frontmatter) count almost as much as its
 * title; a competency's statement and domain count for little, so the guidance that explains a topic
 * outranks the statements that mention it.
 */
export const PAGEFIND_RANKING = {
  metaWeights: { title: 5, keywords: 3, statement: 1, domain: 0.5 },
  // Exact words over longer ones they start ("war" should not find "warning" as well as "war"): staff's slang
  // and short words otherwise match the start of many unrelated words.
  termSimilarity: 3,
};
