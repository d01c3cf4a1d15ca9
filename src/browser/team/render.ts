/** Draws the team view's tables from the pure model. Text from files is only ever set as text. */
import { RATINGS, RATING_CODES, type RatingCode } from '../../core/ratings.ts';
import type { TeamFramework } from '../../core/team/framework.ts';
import { need, readiness, type Row, type TrainingNeed } from '../../core/team/matrix.ts';
import { nameOf, type Person } from '../../core/team/people.ts';
import { $, h } from '../self-assessment/ui.ts';

/** How many statements the summary lists: about one A4 page. */
export const TOP = 10;

const label = (code: RatingCode) => RATINGS[RATING_CODES.indexOf(code)]!;

function statementHead(row: Row, href: string): HTMLElement {
  const s = row.statement;
  return h(
    'th',
    { scope: 'row', class: 'team-statement' },
    h('a', { class: 'statement-id', href: `${href}${s.id}/` }, s.id),
    ` ${s.text}`,
    ...(s.level === 'lead' ? [' ', h('span', { class: 'tag' }, 'Leaders')] : []),
  );
}

function table(caption: string, rows: readonly Row[], people: readonly Person[], href: string, withDomain?: Map<string, string>): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Statement'),
    ...people.map((p) => h('th', { scope: 'col', class: 'team-person' }, nameOf(p))),
    ...RATINGS.map((r) => h('th', { scope: 'col', class: 'team-count' }, r)),
    h('th', { scope: 'col', class: 'team-count' }, 'Not rated'),
  );
  const body = h('tbody');
  for (const row of rows) {
    const th = statementHead(row, href);
    if (withDomain) th.append(h('span', { class: 'row-info' }, withDomain.get(row.statement.domain) ?? ''));
    body.append(
      h(
        'tr',
        { 'data-row': row.statement.id, 'data-need': String(need(row)) },
        th,
        ...row.cells.map((c) =>
          c.rating
            ? h('td', { class: `r r-${c.rating}` }, label(c.rating), ...(c.from ? [h('span', { class: 'from' }, ` as ${c.from}`)] : []))
            : h('td', { class: 'r r-none' }, 'Not rated'),
        ),
        ...RATING_CODES.map((code) => h('td', { class: 'team-count' }, String(row.counts[code]))),
        h('td', { class: 'team-count' }, String(row.counts.none)),
      ),
    );
  }
  return h(
    'div',
    { class: 'team-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h('table', { class: 'team-table' }, h('caption', { class: 'visually-hidden' }, caption), h('thead', {}, head), body),
  );
}

/** Grouped by domain (each collapsible, remembering which are closed), or one list when sorted by need. */
export function drawMatrix(
  into: HTMLElement,
  o: { framework: TeamFramework; rows: Row[]; people: Person[]; grouped: boolean; closed: Set<string>; href: string },
): void {
  const titles = new Map(o.framework.domains.map((d) => [d.slug, d.title]));
  into.replaceChildren();
  if (!o.rows.length) return void into.append(h('p', {}, 'No statements match these filters.'));
  if (!o.grouped) return void into.append(table('Team matrix, most need first', o.rows, o.people, o.href, titles));
  for (const d of o.framework.domains) {
    const rows = o.rows.filter((r) => r.statement.domain === d.slug);
    if (!rows.length) continue;
    const needing = rows.filter((r) => need(r) > 0).length;
    const details = h(
      'details',
      { class: 'team-domain', 'data-domain': d.slug },
      h('summary', {}, `${d.title}: ${rows.length} ${rows.length === 1 ? 'statement' : 'statements'}, ${needing} needing training`),
      table(`Team matrix: ${d.title}`, rows, o.people, o.href),
    );
    (details as HTMLDetailsElement).open = !o.closed.has(d.slug);
    details.addEventListener('toggle', () => ((details as HTMLDetailsElement).open ? o.closed.delete(d.slug) : o.closed.add(d.slug)));
    into.append(details);
  }
}

export function drawPeople(into: HTMLElement, people: readonly Person[], rows: readonly Row[], version: string): void {
  into.replaceChildren(
    ...people.map((p, i) => {
      const id = `name-${i}`;
      const { confident, total } = readiness(rows, i);
      const older = p.doc.framework.version !== version;
      const input = h('input', { type: 'text', id, maxlength: '200', 'data-name': p.key, autocomplete: 'off' }) as HTMLInputElement;
      input.value = nameOf(p);
      return h(
        'tr',
        { 'data-person': p.key },
        h('td', {}, h('label', { class: 'visually-hidden', for: id }, `Name shown for ${p.file}`), input),
        h('td', {}, p.file),
        h('td', {}, p.doc.framework.version, ...(older ? [h('span', { class: 'row-info' }, `Older than this site’s ${version}: answers to replaced statements are shown against their replacements.`)] : [])),
        h('td', {}, `${confident} of ${total}`),
        h('td', {}, h('button', { type: 'button', class: 'button secondary', 'data-remove': p.key }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${nameOf(p)}`))),
      );
    }),
  );
}

export function drawSummary(root: HTMLElement, needs: readonly TrainingNeed[], people: number, o: { address: string; href: string }): void {
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  $(root, '[data-summary-intro]').textContent = `What to train on first: the statements your team of ${people} most often rate “New to me” or “Needs refresh” (up to ${TOP}), with who rated them so. Made on ${today}.`;
  $(root, '[data-summary-none]').hidden = needs.length > 0;
  $(root, '[data-summary-table]').hidden = needs.length === 0;
  $(root, '[data-summary-rows]').replaceChildren(
    ...needs.map(({ statement: s, who }) => {
      const address = `${s.id}/`;
      const full = o.address + address;
      const qr = root.querySelector<HTMLTemplateElement>(`template[data-qr="${s.id}"]`);
      return h(
        'tr',
        { 'data-need-row': s.id },
        h('th', { scope: 'row' }, h('span', { class: 'statement-id' }, s.id), ` ${s.text}`),
        h('td', {}, `${who.length}: `, who.map((w) => `${w.name} (${label(w.rating)})`).join(', ')),
        h(
          'td',
          { class: 'team-where' },
          ...(qr ? [h('span', { class: 'qr' }, qr.content.cloneNode(true))] : []),
          h('a', { href: o.href + address }, full.replace(/^https?:\/\//, '')),
        ),
      );
    }),
  );
}
