/**
 * The search page's only script: reads ?q= and ?type= from the address, corrects typos against the site's
 * own words, asks Pagefind (loaded from this site, never a CDN) for each step of the query plan, and shows
 * the merged results with their type, an excerpt and the matching headings. The address always holds the
 * query and the filter, so a list of results can be shared. Without JavaScript the form still submits.
 */
import { statementPath } from '../core/competency.ts';
import { guidanceHref } from '../core/url.ts';
import { searchPlan, type PagefindLike, type ResultData } from '../core/search/engine.ts';
import { splitHeading, withoutHeading } from '../core/search/excerpt.ts';
import { visibleExcerpts } from '../core/search/visible-excerpt.ts';
import { analyse } from '../core/search/query.ts';
import { PAGEFIND_RANKING } from '../core/search/ranking.ts';
import { resultPages, RESULTS_PER_PAGE, type ResultCount, type ResultItem } from '../core/search/results.ts';
import { parseType, RESULT_TYPES, type ResultType } from '../core/search/types.ts';
import { parseVocabulary, shardsFor, unknownWords, type Vocabulary } from '../core/search/vocabulary.ts';
import { synonymWords } from '../core/search/synonyms.ts';
import { bestQuestion, questionBlocks, textWords } from '../core/search/answers.ts';
import { situationTypoCandidates } from '../core/search/situations.ts';
import { dictionaryLookup, dictionaryNeighbours, dictionaryShardOf, parseWordShard, type IsWord, type NearWords } from '../core/search/dictionary.ts';

interface Pagefind extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const notice = root.querySelector<HTMLElement>('[data-search-notice]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const helpFilter = root.querySelector<HTMLElement>('[data-search-help-filter]')!;
  const everything = root.querySelector<HTMLAnchorElement>('[data-search-everything]')!;
  const filterLabel = root.querySelector<HTMLElement>('[data-search-type-label]')!;
  everything.addEventListener('click', (event) => {
    event.preventDefault();
    navigate(input.value.trim(), undefined);
  });

  let engine: Promise<Pagefind> | undefined;
  const load = () =>
    (engine ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: PAGEFIND_RANKING });
      await pagefind.init();
      return pagefind;
    })());

  // The site's words, by first letter, each fetched once. Without them, search still works; it just cannot
  // suggest spellings.
  // Words the synonyms understand: known without the site's vocabulary.
  const known = synonymWords();
  const shards = new Map<string, Promise<Vocabulary>>();
  const vocabularyFor = async (query: string): Promise<Vocabulary> => {
    const parts = await Promise.all(
      shardsFor(query, known).map((shard) => {
        if (!shards.has(shard))
          shards.set(
            shard,
            fetch(`${base}search/vocabulary/${shard}.json`)
              .then((r) => (r.ok ? r.json() : {}))
              .then(parseVocabulary, () => parseVocabulary({})),
          );
        return shards.get(shard)!;
      }),
    );
    return new Map(parts.flatMap((part) => [...part]));
  };

  // The English word list, by first two letters, each file fetched once and only for a word the site does not
  // know. A file that cannot be loaded (offline) counts as unknown: no suggestion for its words.
  const dictionary = new Map<string, Promise<ReadonlySet<string> | null>>();
  const wordsFor = async (query: string, vocabulary: Vocabulary): Promise<{ isWord: IsWord; nearWords: NearWords }> => {
    const maybeTypos = situationTypoCandidates(query, (w) => vocabulary.has(w) || known.has(w));
    const needed = [...new Set([...unknownWords(query, vocabulary, known), ...maybeTypos].flatMap((w) => dictionaryShardOf(w) ?? []))];
    const loaded = await Promise.all(
      needed.map(async (shard) => {
        if (!dictionary.has(shard))
          dictionary.set(
            shard,
            fetch(`${base}search/words/${shard}.txt`)
              .then((r) => (r.ok ? r.text().then(parseWordShard) : null))
              .catch(() => null),
          );
        return [shard, await dictionary.get(shard)!] as const;
      }),
    );
    const files = new Map(loaded);
    return { isWord: dictionaryLookup(files), nearWords: dictionaryNeighbours(files) };
  };

  /** Each search gets a number, so a slow earlier one never overwrites a later one. */
  let current = 0;

  async function run(query: string, type: ResultType | undefined): Promise<void> {
    const id = ++current;
    input.value = query;
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="type"]')) radio.checked = radio.value === (type ?? '');
    filterLabel.textContent = type ? RESULT_TYPES.find((t) => t.value === type)!.filter : 'Everything';
    list.replaceChildren();
    more.hidden = true;
    help.hidden = true;
    suggestion.hidden = true;
    notice.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const [pagefind, vocabulary] = await Promise.all([load(), vocabularyFor(query)]);
    const analysis = analyse(query, { vocabulary, ...(await wordsFor(query, vocabulary)) });
    if (id !== current) return;
    // Someone may be at risk now: what to do first goes above the results, as soon as the words are read.
    if (analysis.notice) {
      const [page, anchor] = analysis.notice.link.split('#');
      const link = document.createElement('a');
      link.href = `${guidanceHref(page!, base)}#${anchor}`;
      link.textContent = analysis.notice.linkText;
      const strong = document.createElement('strong');
      strong.textContent = analysis.notice.text;
      notice.replaceChildren(strong, ' ', link, '.');
      notice.hidden = false;
    }
    const ranked = await searchPlan(pagefind, analysis, type);
    if (id !== current) return;

    const scope = type ? ` in ${RESULT_TYPES.find((t) => t.value === type)!.plural}` : '';
    const announce = ({ total, exact }: ResultCount) => {
      const count = `${exact ? '' : 'At least '}${total} ${total === 1 ? 'result' : 'results'}`;
      status.textContent = total ? `${count} for “${query}”${scope}.` : `No results for “${query}”${scope}.`;
      // After a search, focus moves to the count: a screen reader hears it, and the results come next.
      status.focus();
    };
    if (analysis.didYouMean) {
      const link = document.createElement('a');
      link.href = searchUrl(analysis.didYouMean, type);
      link.textContent = analysis.didYouMean;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(analysis.didYouMean!, type);
      });
      // Only ever a link: the results below are for the words as typed.
      suggestion.replaceChildren('Did you mean ', link, '?');
      suggestion.hidden = false;
    } else if (analysis.searchedFor) {
      // Sure typos were searched as the guide's words: say so, so the reader knows what was looked for.
      const words = document.createElement('strong');
      words.textContent = analysis.searchedFor;
      suggestion.replaceChildren('Showing results for ', words, '.');
      suggestion.hidden = false;
    }
    if (!ranked.length) {
      helpFilter.hidden = !type;
      everything.href = searchUrl(query, undefined);
      help.hidden = false;
      announce({ total: 0, exact: true });
      return;
    }

    const results = resultPages(ranked);
    const showMore = async () => {
      const first = list.children.length === 0;
      const items = (await results.next(RESULTS_PER_PAGE)).map((item) => renderItem(item, base, query));
      if (id !== current) return;
      list.append(...items);
      // Keyboard users who asked for more land on the first new result, not back at the top.
      if (!first) items[0]?.querySelector('a')?.focus();
      more.hidden = results.done;
    };
    more.onclick = () => void showMore();
    await showMore();
    // Announced once the first results are on the page, so "12 results" is never read over an empty list. A
    // competency domain found further down may hold several statements: until it is reached, the count is a floor.
    if (id === current) announce(results.count());
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
  // A filter applies at once when there is a query; the address keeps it either way. The filters sit after
  // the count, outside the form's element but belonging to it (form="…").
  root.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.name !== 'type') return;
    const type = parseType(event.target.value);
    if (input.value.trim()) navigate(input.value.trim(), type);
    else history.replaceState(null, '', searchUrl('', type));
  });
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}

function renderItem(item: ResultItem, base: string, query: string): HTMLLIElement {
  if (item.kind === 'page') return renderPage(item.data, item.type, query);
  // A statement links to its permanent address, not to its heading on the domain's page. Its excerpt is
  // the statement itself, then who it is for: the statement, marked, becomes the link, and the rest stays.
  const { id, statement, excerpt } = item.match;
  const split = splitHeading(excerpt, statement);
  const heading = split ? { html: split.headingHtml } : statement;
  return resultItem(`${base}${statementPath(id)}`, heading, `Competency ${id} · ${item.domain}`, split ? split.rest : excerpt).li;
}

/**
 * A result: the heading links to it, then its type and an excerpt (none if empty). Pagefind's excerpts,
 * and headings taken from them, are the page's text, escaped, with <mark> around the matches.
 */
function resultItem(href: string, heading: string | { html: string }, type: string, excerptHtml: string): { li: HTMLLIElement; link: HTMLAnchorElement } {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const link = document.createElement('a');
  link.href = href;
  if (typeof heading === 'string') link.textContent = heading;
  else link.innerHTML = heading.html;
  h2.append(link);
  const kind = document.createElement('p');
  kind.className = 'result-type';
  kind.textContent = type;
  li.append(h2, kind);
  if (excerptHtml) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.innerHTML = excerptHtml;
    li.append(excerpt);
  }
  return { li, link };
}

function renderPage(hit: ResultData, type: ResultType, query: string): HTMLLIElement {
  // A domain's page is titled with its id for search's sake; its name reads better.
  const heading = hit.meta['domain'] ?? hit.meta['title'] ?? hit.url;
  // A page's hidden section questions, read once: the best one is shown as "Answers: …", and excerpts come
  // from the rest of the text, the part a reader sees (visible-excerpt.ts).
  const words = hit.content ? textWords(hit.content) : [];
  const anchors = hit.anchors ?? [];
  const blocks = questionBlocks(words, anchors);
  const visible = visibleExcerpts({ words, blocks, anchors, weighted_locations: hit.weighted_locations }, heading);
  // Excerpts leave out the heading they open with: the link above them says it already.
  const excerpt = withoutHeading(visible.page ?? hit.excerpt, heading);
  const { li, link } = resultItem(hit.url, heading, typeLabel(hit, type), excerpt);
  // The everyday question of the page closest to the query, linked to the section that answers it.
  const answer = bestQuestion(query, blocks);
  if (answer) {
    const p = document.createElement('p');
    p.className = 'result-answers';
    const a = document.createElement('a');
    a.href = `${hit.url.split('#')[0]}#${answer.section}`;
    a.textContent = answer.question;
    p.append('Answers: ', a);
    li.append(p);
  }
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
      const rest = withoutHeading(visible.section(sub) ?? sub.excerpt, sub.title);
      // A section whose excerpt is the page's, or is only its heading, shows its link alone.
      if (rest && rest !== excerpt) {
        const text = document.createElement('p');
        text.innerHTML = rest;
        item.append(a, text);
      } else item.append(a);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** "Guidance", "Competency", "Competency domain" (a domain's page), "Self-assessment sheet". */
function typeLabel(hit: ResultData, type: ResultType): string {
  const label = RESULT_TYPES.find((t) => t.value === type)!.label;
  return hit.meta['domain'] === undefined ? label : `${label} domain`;
}
