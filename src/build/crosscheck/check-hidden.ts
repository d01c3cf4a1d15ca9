/**
 * Hidden sections (`hide` in rapport.config.ts): each entry must name a real page, and every statement whose
 * guidance points into a hidden page is reported. A statement that keeps other guidance gets a warning (the
 * site shows only the guidance it kept); one left with none is an error, as it would point at nothing.
 */
import { isHidden, isHiddenRef } from '../../core/hide.ts';
import type { GuidancePage } from '../../core/guidance.ts';
import type { LoadedDomain } from './load.ts';
import type { Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';
import { suggest } from '../../core/suggest.ts';

export interface HideOptions {
  /** Entries from rapport.config.ts, e.g. "guidance/final-thoughts". */
  hide: readonly string[];
  /** Where they are written, for the message's file and line. */
  configFile?: string;
  configText?: string;
}

export function checkHidden(domains: readonly LoadedDomain[], pages: readonly GuidancePage[], options: HideOptions): Message[] {
  const { hide, configFile = 'rapport.config.ts', configText = '' } = options;
  const messages: Message[] = [];
  const core = pages.filter((p) => !p.local).map((p) => p.slug);
  for (const entry of hide) {
    if (core.some((slug) => isHidden(slug, [entry]))) continue;
    const slug = entry.replace(/^guidance\//, '');
    const guess = suggest(slug, core);
    messages.push({
      file: configFile,
      line: lineOf(configText, entry),
      column: 1,
      severity: 'error',
      rule: 'hide-unknown',
      text: `hide: no guidance page "${entry}"${guess ? `; did you mean "guidance/${guess}"?` : ''}`,
    });
  }
  if (!hide.length) return messages;

  for (const { source, data } of domains) {
    data.statements.forEach((statement, i) => {
      const hidden = statement.guidance.filter((ref) => isHiddenRef(ref, hide));
      if (!hidden.length) return;
      const kept = statement.guidance.filter((ref) => !isHiddenRef(ref, hide));
      const where = { file: source.file, ...positionOf(source, ['statements', i, 'guidance']), rule: 'guidance-hidden' as const };
      const list = hidden.map((r) => `"${r}"`).join(', ');
      messages.push(
        kept.length
          ? { ...where, severity: 'warning', text: `${statement.id} guidance ${list} is hidden by rapport.config.ts; the site shows only ${kept.map((r) => `"${r}"`).join(', ')}` }
          : {
              ...where,
              severity: 'error',
              text: `${statement.id} rests only on hidden guidance (${list}): stop hiding that page in rapport.config.ts, or give the statement guidance in a page you keep, such as one of your local pages`,
            },
      );
    });
  }
  return messages;
}

/** The line of the config file that mentions `needle`, or 1. */
function lineOf(text: string, needle: string): number {
  const at = text.split('\n').findIndex((line) => line.includes(needle));
  return at < 0 ? 1 : at + 1;
}
