/** Statement and domain ids: each unique across every file (retired ones included), each under its own domain. */
import type { LoadedDomain } from './load.ts';
import type { Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';

export function checkIds(domains: readonly LoadedDomain[]): Message[] {
  const messages: Message[] = [];
  // Where each id was first used, worked out only if it is used again: positions cost more than the check.
  const seen = new Map<string, () => string>();
  const seenDomains = new Map<string, string>();
  for (const { source, data } of domains) {
    const at = (path: (string | number)[]) => ({ file: source.file, ...positionOf(source, path), severity: 'error' as const });
    const domainId = data.domain.id;
    const firstDomain = seenDomains.get(domainId);
    if (firstDomain) {
      messages.push({ ...at(['domain', 'id']), rule: 'domain-duplicate', text: `domain ${domainId} is already defined in ${firstDomain}; give this domain its own three letters` });
    } else seenDomains.set(domainId, source.file);

    const entries = [
      ...data.statements.map((s, i) => ({ id: s.id, path: ['statements', i, 'id'] })),
      ...data.retired.map((s, i) => ({ id: s.id, path: ['retired', i, 'id'] })),
    ];
    for (const { id, path } of entries) {
      if (!id.startsWith(`${domainId}-`)) {
        messages.push({ ...at(path), rule: 'id-domain', text: `${id} is in domain ${domainId}; its id must start "${domainId}-"` });
      }
      const first = seen.get(id);
      if (first) {
        messages.push({ ...at(path), rule: 'id-duplicate', text: `${id} is already used at ${first()}; ids are permanent, so give this statement the next free number` });
      } else seen.set(id, () => `${source.file}:${at(path).line}`);
    }
  }
  return messages;
}
