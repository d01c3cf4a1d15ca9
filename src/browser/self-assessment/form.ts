/**
 * /self-assessment/: fills the form from what is saved on this device, saves each change as it happens,
 * and handles export, import and "Clear all". It makes no network requests.
 */
import {
  describeContent,
  exportFileName,
  exportText,
  fromImport,
  hasContent,
  importMessage,
  LIMITS,
  readDocument,
  setNote,
  setPlan,
  setRating,
  type Details,
  type PlanItem,
  type RatingCode,
  type SavedDocument,
} from '../../core/self-assessment/document.ts';
import { answered, leftOver } from '../../core/self-assessment/select.ts';
import { carryForward, carryTargets, replacementsFrom } from '../../core/self-assessment/carry-forward.ts';
import { ratingLabel } from '../../core/ratings.ts';
import { frameworkOf, openStore } from './store.ts';
import { $, $$, confirmAction, debounced, download, h, longDate, messages, reveal } from './ui.ts';

const root = document.querySelector<HTMLElement>('[data-sa]');
if (root) start(root);

/** "BND-08", "BND-08 and BND-09", "BND-08, BND-09 and BND-10". */
function listIds(ids: readonly string[]): string {
  return ids.length < 2 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

function start(root: HTMLElement): void {
  const framework = frameworkOf(root);
  const say = messages(root);
  const store = openStore(framework, say.error);
  const questions = $$<HTMLFieldSetElement>(root, 'fieldset[data-statement]');
  const ids = questions.map((q) => q.dataset['statement']!);
  const planList = $(root, '[data-plan]');
  const planRow = $<HTMLTemplateElement>(root, 'template[data-plan-row]');
  const details = $$<HTMLInputElement>(root, '[data-detail]');
  const replacements = replacementsFrom($$(root, 'li[data-retired]').map((li) => ({ id: li.dataset['retired']!, replacedBy: li.dataset['replacedBy'] })));

  const addPlanRow = (item: PlanItem = {}) => {
    const n = planList.children.length + 1;
    const row = planRow.content.firstElementChild!.cloneNode(true) as HTMLElement;
    $(row, '[data-n]').textContent = String(n);
    for (const input of $$<HTMLInputElement>(row, 'input')) {
      const k = input.dataset['k'] as keyof PlanItem;
      input.id = `plan-${n}-${k}`;
      $(row, `[data-for="${k}"]`).setAttribute('for', input.id);
      input.value = item[k] ?? '';
    }
    planList.append(row);
    return row;
  };
  const planRows = (): PlanItem[] =>
    $$(planList, 'li').map((li) => Object.fromEntries($$<HTMLInputElement>(li, 'input').map((i) => [i.dataset['k']!, i.value])));

  const progress = (doc: SavedDocument) => {
    $(root, '[data-progress-total]').textContent = String(answered(doc, ids));
    for (const section of $$(root, 'section.sa-domain')) {
      const n = String(answered(doc, $$(section, 'fieldset').map((q) => q.dataset['statement']!)));
      for (const out of $$(root, `[data-progress="${section.getAttribute('aria-labelledby')}"]`)) out.textContent = n;
    }
  };

  /** Answers to statements no longer in the framework: shown apart, never dropped. */
  const earlier = (doc: SavedDocument) => {
    const section = $(root, '[data-earlier]');
    const list = $(section, '[data-earlier-list]');
    for (const li of $$(list, 'li')) {
      if (li.dataset['extra'] !== undefined) li.remove();
      else li.hidden = true;
    }
    const extra = leftOver(doc, ids);
    for (const id of extra) {
      let li = list.querySelector<HTMLElement>(`[data-retired="${id}"]`);
      if (!li) {
        li = h(
          'li',
          { 'data-extra': '' },
          h('p', {}, h('span', { class: 'statement-id' }, id), ` This statement is not in version ${framework.version} of the framework on this site.`),
          h('p', { 'data-answer': '' }),
        );
        list.append(li);
      }
      const a = doc.answers[id]!;
      $(li, '[data-answer]').textContent = `Your rating: ${a.rating ? ratingLabel(a.rating) : 'none'}.${a.note ? ` Your note: ${a.note}` : ''}`;
      // Offered while a statement that replaced it has no rating yet.
      const carry = li.querySelector<HTMLElement>('[data-carry]');
      if (carry) carry.hidden = carryTargets(doc, id, replacements).length === 0;
      li.hidden = false;
    }
    section.hidden = extra.length === 0;
  };

  const fill = (doc: SavedDocument) => {
    for (const q of questions) {
      const answer = doc.answers[q.dataset['statement']!];
      for (const radio of $$<HTMLInputElement>(q, 'input[type="radio"]')) radio.checked = radio.value === answer?.rating;
      const note = $<HTMLTextAreaElement>(q, 'textarea');
      if (note !== document.activeElement) note.value = answer?.note ?? '';
      fit(note);
    }
    for (const input of details) if (input !== document.activeElement) input.value = doc.details[input.dataset['detail'] as keyof Details] ?? '';
    if (!planList.contains(document.activeElement)) {
      planList.replaceChildren();
      for (let i = 0; i < Math.max(3, doc.plan.length); i++) addPlanRow(doc.plan[i]);
    }
    progress(doc);
    earlier(doc);
  };

  // Typing is saved after a pause (and at once if the page is hidden); choices are saved straight away.
  const typed = new Set<HTMLElement>();
  const saveTyping = debounced(() => {
    const doc = store.update((doc) => {
      for (const el of typed) {
        const value = (el as HTMLInputElement).value;
        if (el.matches('[data-note]')) setNote(doc, el.closest<HTMLElement>('[data-statement]')!.dataset['statement']!, value);
        else if (el.matches('[data-detail]')) {
          const key = el.dataset['detail'] as keyof Details;
          if (value.trim()) doc.details[key] = value;
          else delete doc.details[key];
        } else setPlan(doc, planRows());
      }
    });
    typed.clear();
    progress(doc);
    savedNote();
  });

  // "Saved on this device" after each change, read out politely. Emptied first, so the same words are said again.
  const saved = $(root, '[data-saved]');
  let savedTimer: ReturnType<typeof setTimeout> | undefined;
  const savedNote = () => {
    if (store.locked()) return; // The page has said why nothing can be saved.
    saved.textContent = '';
    clearTimeout(savedTimer);
    savedTimer = setTimeout(() => (saved.textContent = 'Saved on this device'), 100);
  };

  // The note grows with its text: CSS field-sizing where the browser has it, else a row count kept here.
  const grows = CSS.supports('field-sizing', 'content');
  const fit = (note: HTMLTextAreaElement) => {
    if (!grows) note.rows = Math.min(12, Math.max(2, note.value.split('\n').reduce((n, line) => n + 1 + Math.floor(line.length / 40), 0)));
  };

  // On a phone, one domain per screen with "Next domain"; on a wider screen, all of them.
  const domainSections = $$(root, 'section.sa-domain');
  const narrow = matchMedia('(max-width: 47.99rem)');
  let current = 0;
  const show = (i: number) => {
    current = Math.max(0, i);
    domainSections.forEach((section, n) => section.classList.toggle('sa-off', narrow.matches && n !== current));
  };
  const layout = () => {
    root.classList.toggle('sa-paged', narrow.matches);
    show(current);
  };
  narrow.addEventListener('change', layout);
  /** Shows the domain that holds the element with this id (a domain, or a statement's question). */
  const reach = (id: string) => {
    const section = document.getElementById(id)?.closest('section.sa-domain');
    if (section) show(domainSections.indexOf(section as HTMLElement));
  };
  root.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const go = target.closest<HTMLElement>('[data-go]')?.dataset['go'];
    if (go) {
      reach(go);
      // The new domain's heading takes focus: a screen reader reads where the person is, the screen scrolls to it.
      $(root, `[id="${go}"]`).focus();
      return;
    }
    // A link within the page (progress, earlier answers): show its domain before the browser scrolls to it.
    const link = target.closest<HTMLAnchorElement>('a[href^="#"]');
    if (link) reach(decodeURIComponent(link.hash.slice(1)));
  });

  root.addEventListener('input', (e) => {
    const el = e.target as HTMLElement;
    if (el.matches('textarea')) fit(el as HTMLTextAreaElement);
    if (el.matches('textarea, input[type="text"]')) {
      typed.add(el);
      saveTyping();
    }
  });
  root.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement;
    if (el.type === 'radio') {
      progress(store.update((doc) => setRating(doc, el.closest<HTMLElement>('[data-statement]')!.dataset['statement']!, el.value as RatingCode)));
      savedNote();
    } else if (el.type !== 'file') saveTyping.now();
  });

  // "Use this rating for the new statements": the old answer stays; only unrated replacements get its rating.
  $(root, '[data-earlier-list]').addEventListener('click', (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-carry]')?.dataset['carry'];
    if (!id) return;
    saveTyping.now();
    let rated: string[] = [];
    const doc = store.update((doc) => (rated = carryForward(doc, id, replacements)));
    if (store.locked()) return; // The page has said why nothing can be saved.
    fill(doc);
    const rating = doc.answers[id]?.rating;
    const kept = (replacements.get(id) ?? []).filter((to) => !rated.includes(to));
    // The button is gone now: keep the keyboard where it was, on this answer.
    $(root, `li[data-retired="${id}"]`).focus();
    if (!rated.length || !rating) return say.done(`Nothing to copy: the statements that replaced ${id} already have a rating.`);
    say.done(
      `Your rating “${ratingLabel(rating)}” for ${id} is now on ${listIds(rated)}.` +
        (kept.length ? ` ${listIds(kept)} already had your own rating and ${kept.length === 1 ? 'was' : 'were'} not changed.` : '') +
        ` Your answer to ${id} is kept.`,
    );
  });

  $(root, '[data-plan-add]').addEventListener('click', () => {
    if (planList.children.length >= LIMITS.plan) return say.error(`You can have up to ${LIMITS.plan} actions.`);
    $(addPlanRow(), 'input').focus();
  });

  $(root, '[data-export]').addEventListener('click', () => {
    saveTyping.now();
    const now = new Date();
    const raw = store.raw();
    const doc = store.read();
    // Saved data that cannot be read is exported exactly as stored, so it can still be rescued.
    download(store.locked() && raw ? raw : exportText(doc, now), exportFileName(now));
    say.done(`Your answers were saved to the file “${exportFileName(now)}” (look in your downloads).`);
  });

  const input = $<HTMLInputElement>(root, '[data-import]');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    saveTyping.now();
    if (file.size > LIMITS.fileBytes)
      return say.error(`“${file.name}” is too big to be a self-assessment file. Choose the file saved with “Export my answers”. Your answers on this device have not been changed.`);
    const result = readDocument(await file.text());
    if (!result.ok) return say.error(importMessage(result, file.name));
    const current = store.read();
    if (store.locked() || hasContent(current)) {
      const ok = await confirmAction({
        title: 'Replace what is on this device?',
        body: `This device has ${store.locked() ? 'answers that could not be read' : describeContent(current)}. Importing “${file.name}” replaces them with ${describeContent(result.doc)} from the file, last saved on ${longDate(result.doc.savedAt)}. This cannot be undone: to keep a copy, choose “Keep what is here” and export first.`,
        yes: 'Replace with the file',
        no: 'Keep what is here',
      });
      if (!ok) return say.done(`Nothing was imported. Your answers on this device have not been changed.`);
    }
    const doc = fromImport(result.doc);
    store.replace(doc);
    fill(doc);
    const older = doc.framework.version !== framework.version ? ` It was saved against version ${doc.framework.version} of the framework; answers to statements that have changed since are kept under “From an earlier version of the framework”.` : '';
    say.done(`Imported ${describeContent(doc)} from “${file.name}”.${older}`);
  });

  $(root, '[data-clear]').addEventListener('click', async () => {
    saveTyping.now();
    const current = store.read();
    const ok = await confirmAction({
      title: 'Clear all your answers?',
      body: `This deletes everything this site has saved on this device${store.locked() ? '' : `: ${describeContent(current)}`}. It cannot be undone. To keep a copy, choose “Keep my answers” and export them first.`,
      yes: 'Delete everything',
      no: 'Keep my answers',
    });
    if (!ok) return say.done('Nothing was cleared.');
    store.clear();
    fill(store.read());
    say.done('All your answers have been cleared from this device.');
  });

  // Another tab saved: show what is saved now.
  addEventListener('storage', () => fill(store.read()));

  fill(store.read());
  const locked = store.locked();
  if (locked) say.error(locked);
  layout();
  reveal(root);
  // An address with a domain or a statement in it (#boundaries, #q-BND-03) opens at it.
  if (location.hash) {
    reach(decodeURIComponent(location.hash.slice(1)));
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }
}
