/**
 * Retired statements: each `replacedBy` id is a statement in the framework now. Saved answers and old sheets
 * follow these links to the statements that took over, so a link to nothing, or to another retired statement,
 * would strand them.
 */
import { suggest } from '../../core/suggest.ts';
import type { LoadedDomain } from './load.ts';
import type { Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';

export function checkReplacements(domains: readonly LoadedDomain[]): Message[] {
  const messages: Message[] = [];
  const current = domains.flatMap((d) => d.data.statements.map((s) => s.id));
  const active = new Set(current);
  const retired = new Map(domains.flatMap((d) => d.data.retired.map((r) => [r.id, r] as const)));
  for (const { source, data } of domains) {
    data.retired.forEach((r, i) =>
      r.replacedBy?.forEach((ref, j) => {
        if (active.has(ref)) return;
        const at = { file: source.file, ...positionOf(source, ['retired', i, 'replacedBy', j]), severity: 'error' as const };
        const prefix = `${r.id} replacedBy "${ref}":`;
        const gone = retired.get(ref);
        if (gone) {
          // A chain of retirements: point at where the chain ends, the statements that replaced the replacement.
          const next = gone.replacedBy?.filter((id) => active.has(id)) ?? [];
          const hint = next.length ? `; did you mean ${next.map((id) => `"${id}"`).join(', ')}?` : '; point it at a current statement';
          messages.push({ ...at, rule: 'replaced-by-retired', text: `${prefix} ${ref} was itself retired in ${gone.retiredIn}${hint}` });
        } else {
          const guess = suggest(ref, current);
          messages.push({ ...at, rule: 'replaced-by-unknown', text: `${prefix} no statement ${ref}${guess ? `; did you mean "${guess}"?` : ''}` });
        }
      }),
    );
  }
  return messages;
}
