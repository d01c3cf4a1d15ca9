/**
 * /search/words/<two letters>.txt: the English word list (package `word-list`, MIT), one file per first two
 * letters, one word a line. The search page fetches a file only for a word the guide's own vocabulary does not
 * know, to tell a typo ("confidentality") from a real word the guide never uses ("abuse"). Not precached:
 * offline, a word whose file was never fetched gets no suggestion.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import wordListPath from 'word-list';
import { splitWordList } from '../../../core/search/dictionary.ts';

export const getStaticPaths = (() =>
  [...splitWordList(readFileSync(wordListPath, 'utf8'))].map(([shard, list]) => ({ params: { shard }, props: { list } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props['list'] as string[]).join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
