/** One reflective-log entry drawn for reading and printing (the log page and the supervision page). */
import { GIBBS_STAGES } from '../../core/self-assessment/gibbs.ts';
import type { Reflection } from '../../core/self-assessment/document.ts';
import { h, longDate } from './ui.ts';

export const entryTitle = (r: Reflection): string => r.title?.trim() || 'Untitled reflection';

export function entryView(r: Reflection, heading: 'h2' | 'h3'): HTMLElement {
  const dl = h('dl');
  for (const s of GIBBS_STAGES) {
    const text = r.stages[s.key]?.trim();
    if (text) dl.append(h('dt', {}, s.title), h('dd', {}, text));
  }
  const when = [r.date ? longDate(r.date) : `Written ${longDate(r.created)}`, r.supervision ? 'To bring to supervision' : ''].filter(Boolean).join(' · ');
  return h('article', { class: 'sa-entry', 'data-entry': r.id }, h(heading, {}, entryTitle(r)), h('p', { class: 'hint' }, when), dl);
}
