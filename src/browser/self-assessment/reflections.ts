/**
 * The reflective log: the editor saves into an entry as the person types (an entry is created on the first
 * word), and the log below lists every entry for reading, editing, deleting and printing.
 */
import { newId, type Reflection, type SavedDocument, type StageKey } from '../../core/self-assessment/document.ts';
import { entryTitle, entryView } from './entry.ts';
import { frameworkOf, openStore } from './store.ts';
import { $, $$, confirmAction, debounced, h, messages, reveal } from './ui.ts';

const root = document.querySelector<HTMLElement>('[data-sa]');
if (root) start(root);

function start(root: HTMLElement): void {
  const say = messages(root);
  const store = openStore(frameworkOf(root), say.error);
  const editor = $(root, '[data-editor]');
  const fields = $$<HTMLInputElement>(editor, '[data-r]');
  const log = $(root, '[data-log]');
  let current: string | undefined;

  const load = (entry?: Reflection) => {
    current = entry?.id;
    for (const f of fields) {
      const key = f.dataset['r']!;
      if (f.type === 'checkbox') f.checked = !!entry?.supervision;
      else f.value = (key === 'title' || key === 'date' ? entry?.[key] : entry?.stages[key as StageKey]) ?? '';
    }
    $(editor, '[data-editor-heading]').textContent = entry ? `Edit “${entryTitle(entry)}”` : 'Write a reflection';
  };

  const render = (doc: SavedDocument) => {
    const sorted = [...doc.reflections].sort((a, b) => (b.date ?? b.created).localeCompare(a.date ?? a.created));
    log.replaceChildren(
      ...sorted.map((r) => {
        const view = entryView(r, 'h3');
        const named = (word: string) => [word, h('span', { class: 'visually-hidden' }, ` “${entryTitle(r)}”`)];
        view.append(
          h(
            'div',
            { class: 'sa-buttons no-print' },
            h('button', { type: 'button', class: 'button secondary', 'data-edit': r.id }, ...named('Edit')),
            h('button', { type: 'button', class: 'button danger', 'data-delete': r.id }, ...named('Delete')),
          ),
        );
        return view;
      }),
    );
    $(root, '[data-empty]').hidden = sorted.length > 0;
  };

  const save = debounced(() => {
    const doc = store.update((doc) => {
      const now = new Date();
      let entry = doc.reflections.find((r) => r.id === current);
      if (!entry) {
        if (fields.every((f) => (f.type === 'checkbox' ? !f.checked : !f.value.trim()))) return;
        entry = { id: newId(now), created: now.toISOString(), updated: now.toISOString(), stages: {} };
        doc.reflections.unshift(entry);
        current = entry.id;
      }
      for (const f of fields) {
        const key = f.dataset['r']!;
        const value = f.value.trim() ? f.value : undefined;
        if (f.type === 'checkbox') entry.supervision = f.checked;
        else if (key === 'title' || key === 'date') {
          if (value) entry[key] = value;
          else delete entry[key];
        } else if (value) entry.stages[key as StageKey] = value;
        else delete entry.stages[key as StageKey];
      }
      entry.updated = now.toISOString();
    });
    render(doc);
  });
  editor.addEventListener('input', save);
  editor.addEventListener('change', save.now);

  $(editor, '[data-new]').addEventListener('click', () => {
    save.now();
    const had = current;
    load();
    $(editor, '#r-title').focus();
    say.done(had ? 'Your reflection is saved on this device. You can start a new one.' : 'You can start a new reflection.');
  });

  log.addEventListener('click', async (e) => {
    const button = (e.target as HTMLElement).closest('button');
    if (!button) return;
    save.now();
    const doc = store.read();
    const id = button.dataset['edit'] ?? button.dataset['delete'];
    const entry = doc.reflections.find((r) => r.id === id);
    if (!entry) return;
    if (button.dataset['edit']) {
      load(entry);
      const heading = $(editor, '[data-editor-heading]');
      heading.focus();
      heading.scrollIntoView();
      return;
    }
    const ok = await confirmAction({
      title: 'Delete this reflection?',
      body: `“${entryTitle(entry)}” will be deleted from this device. This cannot be undone.`,
      yes: 'Delete it',
      no: 'Keep it',
    });
    if (!ok) return;
    render(store.update((doc) => (doc.reflections = doc.reflections.filter((r) => r.id !== id))));
    if (current === id) load();
    $(root, '#log-heading').focus();
    say.done(`“${entryTitle(entry)}” was deleted.`);
  });

  addEventListener('storage', () => render(store.read()));

  render(store.read());
  load();
  const locked = store.locked();
  if (locked) say.error(locked);
  reveal(root);
}
