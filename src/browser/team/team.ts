/**
 * /team/: reads staff self-assessment exports in this browser and draws the team matrix and training summary.
 * The staff files live in memory; only when "Keep on this device" is ticked are they written to localStorage.
 * Nothing here makes a network request.
 */
import type { TeamFramework } from '../../core/team/framework.ts';
import { buildMatrix, byMostNeed, filterRows, trainingNeeds, type Row } from '../../core/team/matrix.ts';
import { TEAM_KEY, parseTeam, readStaffFile, serialiseTeam, tooBig, type Person } from '../../core/team/people.ts';
import { LIMITS } from '../../core/self-assessment/document.ts';
import { csvFileName, matrixCsv } from '../../core/team/csv.ts';
import type { Level } from '../../core/team/framework.ts';
import { $, confirmAction, h, messages, reveal } from '../self-assessment/ui.ts';
import { TOP, drawMatrix, drawPeople, drawSummary } from './render.ts';

const root = document.querySelector<HTMLElement>('[data-team]');
if (root) start(root);

function start(root: HTMLElement): void {
  const framework = JSON.parse($(root, '[data-team-framework]').textContent!) as TeamFramework;
  const address = root.dataset['address']!;
  const href = root.dataset['statementHref']!;
  const say = messages(root);
  const keep = $<HTMLInputElement>(root, '[data-keep]');
  const domain = $<HTMLSelectElement>(root, '[data-filter-domain]');
  const level = $<HTMLSelectElement>(root, '[data-filter-level]');
  const order = $<HTMLSelectElement>(root, '[data-order]');
  const problems = $(root, '[data-problems]');
  const closed = new Set<string>();
  let people: Person[] = [];
  let rows: Row[] = [];

  const stored = (): string | null => {
    try {
      return localStorage.getItem(TEAM_KEY);
    } catch {
      return null;
    }
  };
  /** Writes the team to this device while "Keep" is ticked, and makes sure nothing is there when it is not. */
  const save = (): void => {
    try {
      if (keep.checked) localStorage.setItem(TEAM_KEY, serialiseTeam(people));
      else localStorage.removeItem(TEAM_KEY);
    } catch {
      keep.checked = false;
      say.error('This browser is not letting the page store anything on this device (private browsing, or storage turned off or full). The staff files are still open in this page until you close or reload it.');
    }
  };

  const filter = () => ({ domain: domain.value || undefined, level: (level.value || undefined) as Level | undefined });
  const shown = (): Row[] => {
    const filtered = filterRows(rows, filter());
    return order.value === 'need' ? byMostNeed(filtered) : filtered;
  };
  /** Redraws everything; `names` false keeps the name inputs (one may have the keyboard). */
  const draw = (names = true): void => {
    rows = buildMatrix(framework, people);
    const any = people.length > 0;
    for (const s of ['[data-people-section]', '[data-matrix-section]', '[data-summary]']) $(root, s).hidden = !any;
    $(root, '[data-people-count]').textContent = String(people.length);
    const visible = shown();
    if (names) drawPeople($(root, '[data-people]'), people, filterRows(rows, filter()), framework.version);
    drawMatrix($(root, '[data-matrix]'), { framework, rows: visible, people, grouped: order.value !== 'need', closed, href });
    drawSummary(root, trainingNeeds(rows, people, TOP), people.length, { address, href });
  };

  const add = async (files: File[]): Promise<void> => {
    const refused: string[] = [];
    let added = 0;
    for (const file of files) {
      if (file.size > LIMITS.fileBytes) {
        refused.push(tooBig(file.name));
        continue;
      }
      const read = readStaffFile(file.name, await file.text());
      if (!read.ok) {
        refused.push(read.message);
        continue;
      }
      // The same file name again is a newer export from the same person: it replaces theirs.
      const at = people.findIndex((p) => p.file === file.name);
      const person: Person = { key: file.name, file: file.name, doc: read.doc, ...(at >= 0 && people[at]!.displayName ? { displayName: people[at]!.displayName } : {}) };
      if (at >= 0) people[at] = person;
      else people.push(person);
      added++;
    }
    problems.replaceChildren(...refused.map((m) => h('li', {}, m)));
    problems.hidden = refused.length === 0;
    save();
    draw();
    const done = `${added} staff ${added === 1 ? 'file' : 'files'} added.`;
    if (refused.length)
      say.error(`${refused.length} ${refused.length === 1 ? 'file was' : 'files were'} not loaded (the reasons are listed below). ${added ? done : 'No staff files were added.'}`);
    else say.done(`${done} The team now has ${people.length} ${people.length === 1 ? 'person' : 'people'}.`);
  };

  const input = $<HTMLInputElement>(root, '[data-files]');
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void add(files);
  });
  const drop = $(root, '[data-drop]');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void add(files);
  });

  for (const select of [domain, level, order]) select.addEventListener('change', () => draw());

  root.addEventListener('input', (e) => {
    const el = e.target as HTMLInputElement;
    const person = people.find((p) => p.key === el.dataset['name']);
    if (!person) return;
    if (el.value.trim()) person.displayName = el.value;
    else delete person.displayName;
    save();
    draw(false);
  });

  root.addEventListener('click', (e) => {
    const key = (e.target as HTMLElement).closest<HTMLElement>('[data-remove]')?.dataset['remove'];
    if (key === undefined) return;
    people = people.filter((p) => p.key !== key);
    save();
    draw();
    say.done(`“${key}” was removed from this page.`);
    input.focus();
  });

  keep.addEventListener('change', () => {
    save();
    if (!keep.checked) say.done('Staff files are no longer stored on this device. They stay open in this page until you close or reload it.');
    else if (keep.checked) say.done('Staff files are now stored in this browser on this device until you choose “Forget all staff files” or untick “Keep on this device”.');
  });

  $(root, '[data-forget]').addEventListener('click', async () => {
    const ok = await confirmAction({
      title: 'Forget all staff files?',
      body: `This removes ${people.length} staff ${people.length === 1 ? 'file' : 'files'} from this page${keep.checked ? ' and from this device' : ''}. The files you were given are not touched.`,
      yes: 'Forget them',
      no: 'Keep them',
    });
    if (!ok) return say.done('Nothing was forgotten.');
    people = [];
    keep.checked = false;
    save();
    problems.replaceChildren();
    problems.hidden = true;
    draw();
    say.done('All staff files have been forgotten by this page and this device.');
  });

  $(root, '[data-csv]').addEventListener('click', () => {
    const now = new Date();
    const url = URL.createObjectURL(new Blob([matrixCsv(framework, shown(), people)], { type: 'text/csv' }));
    const a = h('a', { href: url, download: csvFileName(now) });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say.done(`The matrix was saved to “${csvFileName(now)}” (look in your downloads). It holds staff names and ratings: keep it as a staff record.`);
  });

  $(root, '[data-print]').addEventListener('click', () => print());

  // Kept from an earlier visit only if "Keep on this device" was ticked then.
  people = parseTeam(stored());
  keep.checked = people.length > 0;
  draw();
  reveal(root);
}
