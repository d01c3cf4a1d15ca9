/**
 * "Prepare for supervision": pulls the lowest-rated statements, the action plan and the chosen reflections
 * from what is saved on this device. Saves only the agenda and which reflections are chosen.
 */
import { ratingLabel } from '../../core/ratings.ts';
import { lowestRated } from '../../core/self-assessment/select.ts';
import type { SavedDocument } from '../../core/self-assessment/document.ts';
import { entryTitle, entryView } from './entry.ts';
import { frameworkOf, openStore } from './store.ts';
import { $, $$, debounced, h, longDate, messages, reveal } from './ui.ts';

const root = document.querySelector<HTMLElement>('[data-sa]');
if (root) start(root);

function start(root: HTMLElement): void {
  const say = messages(root);
  const store = openStore(frameworkOf(root), say.error);
  const list = $(root, '[data-lowest]');
  const items = $$(list, 'tr[data-statement]');
  const agenda = $<HTMLTextAreaElement>(root, '[data-agenda]');
  const limit = Number(root.dataset['lowestCount']);

  const render = (doc: SavedDocument) => {
    const field = (name: string, text = '') => ($(root, `[data-field="${name}"]`).textContent = text);
    field('name', doc.details.name);
    field('supervisor', doc.details.supervisor);
    field('today', longDate(new Date().toISOString()));

    const lowest = lowestRated(
      doc,
      items.map((li) => li.dataset['statement']!),
      limit,
    );
    for (const row of items) row.hidden = true;
    for (const id of lowest) {
      const row = items.find((i) => i.dataset['statement'] === id)!;
      const a = doc.answers[id]!;
      $(row, '[data-answer]').textContent = `My rating: ${ratingLabel(a.rating!)}.${a.note ? ` My note: ${a.note}` : ''}`;
      row.hidden = false;
      list.append(row);
    }
    $(root, '[data-lowest-table]').hidden = !lowest.length;
    const empty = $(root, '[data-lowest-empty]');
    empty.hidden = lowest.length > 0;
    empty.textContent = Object.values(doc.answers).some((a) => a.rating)
      ? 'You rated every statement you answered as Good.'
      : 'You have not rated any statements on this device yet.';

    $(root, '[data-plan]').replaceChildren(...doc.plan.map((p) => h('tr', {}, h('td', {}, p.what ?? ''), h('td', {}, p.support ?? ''), h('td', {}, p.by ?? ''))));
    $(root, '[data-plan-table]').hidden = !doc.plan.length;
    $(root, '[data-plan-empty]').hidden = doc.plan.length > 0;

    if (agenda !== document.activeElement) agenda.value = doc.agenda ?? '';
    $(root, '[data-agenda-print]').textContent = agenda.value;

    $(root, '[data-choose-box]').hidden = !doc.reflections.length;
    $(root, '[data-choose]').replaceChildren(
      ...doc.reflections.map((r) => {
        const box = h('input', { type: 'checkbox', value: r.id }) as HTMLInputElement;
        box.checked = !!r.supervision;
        return h('label', { class: 'sa-check' }, box, ` ${entryTitle(r)}${r.date ? ` (${longDate(r.date)})` : ''}`);
      }),
    );
    const chosen = doc.reflections.filter((r) => r.supervision);
    $(root, '[data-chosen]').replaceChildren(...chosen.map((r) => entryView(r, 'h3')));
    $(root, '[data-chosen-empty]').textContent = chosen.length
      ? ''
      : doc.reflections.length
        ? 'No reflections chosen yet.'
        : 'You have no reflections on this device yet. Write one in the reflective log.';
  };

  const saveAgenda = debounced(() => {
    render(store.update((doc) => {
      if (agenda.value.trim()) doc.agenda = agenda.value;
      else delete doc.agenda;
    }));
  });
  agenda.addEventListener('input', saveAgenda);
  agenda.addEventListener('change', saveAgenda.now);

  $(root, '[data-choose]').addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    render(store.update((doc) => {
      const r = doc.reflections.find((x) => x.id === box.value);
      if (r) r.supervision = box.checked;
    }));
    $<HTMLInputElement>(root, `[data-choose] input[value="${box.value}"]`).focus();
  });

  addEventListener('storage', () => render(store.read()));
  render(store.read());
  const locked = store.locked();
  if (locked) say.error(locked);
  reveal(root);
}
