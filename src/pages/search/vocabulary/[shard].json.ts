/**
 * /search/vocabulary/<letter>.json: every word of the guidance and the framework with how often it is used,
 * one file per first letter, for the search page's "Did you mean …" (Pagefind itself has no typo tolerance).
 * About 10 KB gzip in all; a search fetches the letters of its words.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadFramework } from '../../../data/framework-data.ts';
import { pageText } from '../../../core/guidance.ts';
import { SYNONYMS, SYNONYMS_FILE, unusableTargets } from '../../../core/search/synonyms.ts';
import { SITUATIONS, SITUATIONS_FILE } from '../../../core/search/situations.ts';
import { buildVocabulary, splitVocabulary } from '../../../core/search/vocabulary.ts';

export const getStaticPaths = (async () => {
  const pages = await getCollection('guidance');
  const { meta, domains } = await loadFramework();
  const texts = [
    ...pages.flatMap((p) => [p.data.title, p.data.description, ...p.data.keywords, ...p.data.inBrief, ...pageText(p.body ?? '')]),
    meta.title,
    meta.summary ?? '',
    'self-assessment sheet',
    // Domain ids too, so "BND-03" typed from a printed sheet is not "corrected" to "bond 03".
    ...domains.flatMap((d) => [d.id, d.title, d.summary, ...d.statements.map((s) => s.statement)]),
  ];
  const vocabulary = buildVocabulary(texts);
  // Say so, without failing the build: an organisation's new synonym should not stop its site being built.
  const situations = new Map(SITUATIONS.map((s) => [s.name, s.search]));
  for (const [file, map] of [[SYNONYMS_FILE, SYNONYMS], [SITUATIONS_FILE, situations]] as const)
    for (const [key, target] of unusableTargets(map, vocabulary))
      console.warn(
        `${file}: "${key}" → "${target}": no word of "${target}" is one the guidance uses for a topic (stop words such as "out" are on every page), so it cannot find the right page. Point it at a word or phrase the guidance uses.`,
      );
  return [...splitVocabulary(vocabulary)].map(([shard, counts]) => ({ params: { shard }, props: { counts } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['counts']), { headers: { 'content-type': 'application/json; charset=utf-8' } });
