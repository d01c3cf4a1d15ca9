/**
 * /search/vocabulary/<letter>.json: every word of the guidance and the framework with how often it is used,
 * one file per first letter, for the search page's "Did you mean …" (Pagefind itself has no typo tolerance).
 * About 10 KB gzip in all; a search fetches the letters of its words.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadFramework } from '../../../data/framework-data.ts';
import { pageText } from '../../../core/guidance.ts';
import { SYNONYMS, SYNONYMS_FILE } from '../../../core/search/synonyms.ts';
import { buildVocabulary, splitVocabulary } from '../../../core/search/vocabulary.ts';
import { words } from '../../../core/search/words.ts';

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
  // A synonym that points at words the site never uses finds nothing: say so, without failing the build.
  for (const [key, targets] of SYNONYMS)
    for (const target of targets)
      if (!words(target).some((w) => w in vocabulary || w.length < 3))
        console.warn(`${SYNONYMS_FILE}: "${key}" → "${target}": the guidance never uses "${target}", so it finds nothing. Point it at a word the guidance uses.`);
  return [...splitVocabulary(vocabulary)].map(([shard, counts]) => ({ params: { shard }, props: { counts } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['counts']), { headers: { 'content-type': 'application/json; charset=utf-8' } });
