/**
 * Standards: every statement's `standards` names an entry of content/competencies/standards.yaml, and every
 * entry the framework sets out to cover (`inScope`) is cited by at least one statement. An unknown id is an
 * error (a trainer would be told a statement evidences nothing); a gap is a warning, the content's to-do list.
 */
import { statementsByStandard, standardIndex, type Standard } from '../../core/standards.ts';
import { suggest } from '../../core/suggest.ts';
import type { Content, LoadedDomain } from './load.ts';
import type { Message } from './messages.ts';
import { positionOf } from './yaml-source.ts';

/**
 * `complete`: every domain file was read. A gap is only reported then, as a file left out for a schema error
 * may well map the standard.
 */
export function checkStandards(
  domains: readonly LoadedDomain[],
  standards: Content['standards'],
  { file: standardsFile, complete }: { file: string; complete: boolean },
): Message[] {
  const messages: Message[] = [];
  const index = standardIndex(standards?.data);
  const named = namesOf(index);
  for (const { source, data } of domains) {
    data.statements.forEach((statement, i) =>
      statement.standards?.forEach((ref, j) => {
        if (index.has(ref)) return;
        const guess = named.get(suggest(ref, [...named.keys()]) ?? '');
        messages.push({
          file: source.file,
          ...positionOf(source, ['statements', i, 'standards', j]),
          severity: 'error',
          rule: 'standard-unknown',
          text: standards
            ? `${statement.id} standard "${ref}": no such standard in ${standardsFile}${guess ? `; did you mean "${guess}"?` : ''}`
            : `${statement.id} standard "${ref}": there is no ${standardsFile} to define it; add the file, or remove the reference`,
        });
      }),
    );
  }
  if (!standards || !complete) return messages;

  const cited = statementsByStandard(domains.flatMap((d) => d.data.statements));
  standards.data.frameworks.forEach((framework, f) =>
    framework.entries.forEach((entry, e) => {
      if (!entry.inScope || cited.has(entry.id)) return;
      messages.push({
        file: standards.source.file,
        ...positionOf(standards.source, ['frameworks', f, 'entries', e, 'id']),
        severity: 'warning',
        rule: 'standard-unmapped',
        text: `no statement maps to ${entry.id} "${entry.title}", which this framework covers (inScope); add it to the standards of the statements that evidence it`,
      });
    }),
  );
  return messages;
}

/**
 * Every id, and every title written as an id ("safeguarding-adults"), → the id it names: someone who types a
 * standard's name instead of its id is offered the id.
 */
function namesOf(index: ReadonlyMap<string, Standard>): Map<string, string> {
  const names = new Map<string, string>();
  for (const id of index.keys()) names.set(id, id);
  for (const [id, { entry }] of index) {
    const slug = entry.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (!names.has(slug)) names.set(slug, id);
  }
  return names;
}
