/**
 * The search page's only script: reads ?q= and ?type= from the address, corrects typos against the site's
 * own words, asks Pagefind (loaded from this site, never a CDN) for each step of the query plan, and shows
 * the merged results with their type, an excerpt and the matching headings. The address always holds the
 * query and the filter, so a list of results can be shared. Without JavaScript the form still submits.
 */
import { searchPlan, type PagefindLike, type ResultData } from '../lib/search/engine.ts';
import { analyse } from '../lib/search/query.ts';
import { PAGEFIND_RANKING } from '../lib/search/ranking.ts';
import { parseType, RESULT_TYPES, type ResultType } from '../lib/search/types.ts';
import { parseVocabulary, type Vocabulary } from '../lib/search/vocabulary.ts';

interface Pagefind extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const helpFilter = root.querySelector<HTMLElement>('[data-search-help-filter]')!;
  const everything = root.querySelector<HTMLAnchorElement>('[data-search-everything]')!;
  everything.addEventListener('click', (event) => {
    event.preventDefault();
    navigate(input.value.trim(), undefined);
  });

  let engine: Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> | undefined;
  const load = () =>
    (engine ??= Promise.all([
      (async () => {
        const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: PAGEFIND_RANKING });
        await pagefind.init();
        return pagefind;
      })(),
      // Without the word list, search still works; it just cannot suggest spellings.
      fetch(`${base}search/vocabulary.json`)
        .then((r) => (r.ok ? r.json() : {}))
        .then(parseVocabulary, () => parseVocabulary({})),
    ]).then(([pagefind, vocabulary]) => ({ pagefind, vocabulary })));

  /** Each search gets a number, so a slow earlier one never overwrites a later one. */
  let current = 0;

  async function run(query: string, type: ResultType | undefined): Promise<void> {
    const id = ++current;
    input.value = query;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) radio.checked = radio.value === (type ?? '');
    list.replaceChildren();
    more.hidden = true;
    help.hidden = true;
    suggestion.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const { pagefind, vocabulary } = await load();
    const analysis = analyse(query, { vocabulary });
    const ranked = await searchPlan(pagefind, analysis, type);
    if (id !== current) return;

    const scope = type ? ` in ${RESULT_TYPES.find((t) => t.value === type)!.plural}` : '';
    const announce = () => {
      status.textContent = ranked.length
        ? `${ranked.length} ${ranked.length === 1 ? 'result' : 'results'} for “${query}”${scope}.`
        : `No results for “${query}”${scope}.`;
    };
    if (analysis.didYouMean) {
      const link = document.createElement('a');
      link.href = searchUrl(analysis.didYouMean, type);
      link.textContent = analysis.didYouMean;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(analysis.didYouMean!, type);
      });
      suggestion.replaceChildren('Did you mean ', link, ranked.length ? '? The results include it.' : '?');
      suggestion.hidden = false;
    }
    if (!ranked.length) {
      helpFilter.hidden = !type;
      everything.href = searchUrl(query, undefined);
      help.hidden = false;
      announce();
      return;
    }

    let shown = 0;
    const showMore = async () => {
      const next = ranked.slice(shown, shown + PAGE_SIZE);
      const data = await Promise.all(next.map((r) => r.hit.data()));
      if (id !== current) return;
      const items = data.map(renderHit);
      list.append(...items);
      // Keyboard users who asked for more land on the first new result, not back at the top.
      if (shown > 0) items[0]?.querySelector('a')?.focus();
      shown += next.length;
      more.hidden = shown >= ranked.length;
    };
    more.onclick = () => void showMore();
    await showMore();
    // Announced once the first results are on the page, so "12 results" is never read over an empty list.
    if (id === current) announce();
  }

  function searchUrl(query: string, type: ResultType | undefined): string {
    const params = new URLSearchParams({ q: query });
    if (type) params.set('type', type);
    return `${location.pathname}?${params}`;
  }

  function navigate(query: string, type: ResultType | undefined): void {
    history.pushState(null, '', searchUrl(query, type));
    void run(query, type);
  }

  function fromAddress(): void {
    const params = new URLSearchParams(location.search);
    void run(params.get('q')?.trim() ?? '', parseType(params.get('type')));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const type = parseType(new FormData(form).get('type')?.toString());
    navigate(input.value.trim(), type);
  });
  // A filter applies at once when there is a query; the address keeps it either way.
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.name !== 'type') return;
    const type = parseType(event.target.value);
    if (input.value.trim()) navigate(input.value.trim(), type);
    else history.replaceState(null, '', searchUrl('', type));
  });
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}

function renderHit(hit: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const link = document.createElement('a');
  link.href = hit.url;
  // A competency's title is its id (so "BND-03" finds it); its statement reads better as the heading.
  link.textContent = hit.meta['statement'] ?? hit.meta['title'] ?? hit.url;
  h2.append(link);
  const kind = document.createElement('p');
  kind.className = 'result-type';
  kind.textContent = typeLabel(hit);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Pagefind's excerpts are the page's text, escaped, with <mark> around the matches.
  excerpt.innerHTML = hit.excerpt;
  li.append(h2, kind, excerpt);
  const subs = (hit.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'result-sections';
    ul.setAttribute('aria-label', `Matching sections of “${link.textContent}”`);
    for (const sub of subs) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      const text = document.createElement('p');
      text.innerHTML = sub.excerpt;
      item.append(a, text);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** "Guidance", "Competency BND-03 · Professional boundaries", "Self-assessment sheet". */
function typeLabel(hit: ResultData): string {
  const type = parseType(hit.filters?.['type']?.[0]);
  const label = RESULT_TYPES.find((t) => t.value === type)?.label ?? 'Page';
  const id = hit.meta['statement'] ? ` ${hit.meta['title']}` : '';
  return [label + id, hit.meta['domain']].filter(Boolean).join(' · ');
}
