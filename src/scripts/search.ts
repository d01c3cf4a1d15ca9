/**
 * The search page's only script: reads ?q=, asks Pagefind (loaded from this site, never a CDN),
 * and shows the results with excerpts and matching headings. Without JavaScript the form still submits.
 */
import { mergeRanked, planWeights, queryPlan } from '../lib/search/query.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}
interface Hit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Hit[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void run(root);

async function run(root: HTMLElement): Promise<void> {
  const base = root.dataset['base'] ?? '/';
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (!query) return;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = query;

  status.textContent = 'Searching…';
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();

  const plan = queryPlan(query);
  const lists = await Promise.all(plan.map((q) => pagefind.search(q)));
  const byId = new Map<string, Hit>();
  for (const { results } of lists) for (const hit of results) byId.set(hit.id, hit);
  const ranked = mergeRanked(
    lists.map(({ results }) => results),
    planWeights(plan),
  ).slice(0, 10);
  const hits = await Promise.all(ranked.map(({ id }) => byId.get(id)!.data()));

  list.replaceChildren(...hits.map(renderHit));
  status.textContent = hits.length
    ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`
    : `No results for “${query}”. Try fewer or different words, or browse the sections of the guide.`;
}

function renderHit(hit: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.meta.title ?? hit.url;
  h2.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpts are escaped text with <mark> around the matches.
  excerpt.innerHTML = hit.excerpt;
  li.append(h2, excerpt);
  const subs = (hit.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    for (const sub of subs) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      item.append(a);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
