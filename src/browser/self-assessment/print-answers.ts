/**
 * "Print my answers": writes what is saved on this device into the blank A4 sheet the page already holds
 * (the same components as /sheets/all/). Read only: this page never changes what is saved.
 */
import { RATING_CODES } from '../../core/ratings.ts';
import { leftOver } from '../../core/self-assessment/select.ts';
import { frameworkOf, openStore } from './store.ts';
import { $, $$, h, longDate, messages, reveal } from './ui.ts';

const root = document.querySelector<HTMLElement>('[data-sa]');
if (root) {
  const say = messages(root);
  const store = openStore(frameworkOf(root), say.error);
  const doc = store.read();
  const locked = store.locked();
  if (locked) say.error(locked);

  const earlier = $(root, '[data-earlier]');
  const rows = $$<HTMLTableRowElement>(root, 'tr[data-statement]');
  // Answers to statements this framework has never had get a row of their own in the "earlier" table.
  const tbody = $(earlier, 'tbody');
  for (const id of leftOver(
    doc,
    rows.map((r) => r.dataset['statement']!),
  )) {
    const tr = h('tr', { 'data-statement': id }, h('th', { scope: 'row', class: 'sid' }, id), h('td', {}, 'Not in this version of the framework.'));
    for (const label of $$(tbody.closest('table')!, 'th.rating').map((th) => th.textContent!))
      tr.append(h('td', { class: 'tick' }, h('span', { class: 'box' }), h('span', { class: 'visually-hidden' }, label)));
    tr.append(h('td', { 'data-note': '' }), h('td'));
    tbody.append(tr);
    rows.push(tr as HTMLTableRowElement);
  }

  for (const tr of rows) {
    const answer = doc.answers[tr.dataset['statement']!];
    tr.hidden = !answer && earlier.contains(tr);
    if (!answer) continue;
    $$(tr, 'td.tick').forEach((td, i) => {
      if (answer.rating !== RATING_CODES[i]) return;
      $(td, '.box').classList.add('chosen');
      td.lastElementChild!.append(': my rating');
    });
    $(tr, '[data-note]').textContent = answer.note ?? '';
  }

  // Leave out the domains not started (removed, not hidden, so page breaks fall between the ones printed).
  const domains = $$(root, '[data-domain]');
  const started = domains.filter((d) => $$(d, 'tr[data-statement]').some((tr) => doc.answers[tr.dataset['statement']!]));
  const summary = $(root, '[data-summary]');
  if (started.length) {
    for (const d of domains) if (!started.includes(d)) d.remove();
    earlier.hidden = false;
    const real = domains.length - 1;
    const begun = started.filter((d) => d !== earlier).length;
    summary.textContent =
      begun === 0
        ? 'This sheet shows your answers from an earlier version of the framework only.'
        : begun < real
        ? `This sheet shows the ${begun} of ${real} parts of the framework you have started; the others are left out.`
        : 'This sheet shows all your answers.';
  } else {
    earlier.remove();
    summary.append(
      'There are no answers saved on this device yet, so the sheet is blank. ',
      h('a', { href: `${import.meta.env.BASE_URL}self-assessment/` }, 'Fill in my self-assessment'),
      ' first, or print this as a blank sheet.',
    );
  }

  const d = doc.details;
  const fields: Record<string, string | undefined> = {
    Name: d.name,
    Role: d.role,
    Team: d.team,
    Date: started.length ? longDate(doc.savedAt) : '',
    'Assessor or supervisor': d.supervisor,
  };
  for (const dd of $$(root, '[data-field]')) dd.textContent = fields[dd.dataset['field']!] ?? '';

  const plan = $(root, '[data-plan]');
  doc.plan.forEach((item, i) => {
    const tr = plan.children[i] ?? plan.appendChild(h('tr', {}, h('td'), h('td'), h('td')));
    [item.what, item.support, item.by].forEach((text, c) => (tr.children[c]!.textContent = text ?? ''));
  });
  reveal(root);
}
