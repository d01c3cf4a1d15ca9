/** Small DOM helpers shared by the self-assessment pages (kept tiny: these pages have a 15 KB budget). */

export const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => root.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] => [...root.querySelectorAll<T>(selector)];

/** Builds an element. Text is always set as text, never as HTML: imported files are untrusted. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** Errors go to the page's alert region, confirmations to its status region; each clears the other. */
export function messages(root: ParentNode): { error(text: string): void; done(text: string): void } {
  const alert = $(root, '[data-alert]');
  const status = $(root, '[data-status]');
  // The regions stay in the page (empty) so screen readers announce new text in them.
  const show = (on: HTMLElement, off: HTMLElement, text: string) => {
    off.textContent = '';
    on.textContent = text;
  };
  return { error: (text) => show(alert, status, text), done: (text) => show(status, alert, text) };
}

/** Asks in the page's <dialog> (keyboard and screen-reader friendly); true only if the person confirms. */
export function confirmAction(o: { title: string; body: string; yes: string; no: string }): Promise<boolean> {
  const dialog = $<HTMLDialogElement>(document, 'dialog[data-confirm]');
  $(dialog, '[data-confirm-title]').textContent = o.title;
  $(dialog, '[data-confirm-body]').textContent = o.body;
  $(dialog, '[value="yes"]').textContent = o.yes;
  const no = $(dialog, '[value="no"]');
  no.textContent = o.no;
  dialog.returnValue = '';
  dialog.showModal();
  // The safe choice has focus, so a stray Enter keeps the answers.
  no.focus();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true }));
}

/** Saves typing after a pause, and at once when the page is hidden or left (phones close tabs without warning). */
export function debounced(flush: () => void, ms = 400): (() => void) & { now(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    flush();
  };
  addEventListener('pagehide', now);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && now());
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(now, ms);
  };
  return Object.assign(schedule, { now });
}

export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "27 November 2026". */
export function longDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Shows the tool once its script has run (without JavaScript the page says why nothing is there). */
export function reveal(root: HTMLElement): void {
  root.hidden = false;
  for (const el of $$(document, '[data-loading]')) el.remove();
}
