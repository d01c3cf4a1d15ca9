/** The external standards as the site and the cross-check use them: looked up by id, named in words. Pure. */
import type { StandardEntry, StandardFramework, StandardsFile } from './schema/standards.ts';

/** The page listing every standard with the statements mapped to it. */
export const STANDARDS_PATH = 'framework/standards/';

/** Where a standard is on that page: its id is the anchor. */
export function standardPath(id: string): string {
  return `${STANDARDS_PATH}#${id}`;
}

export interface Standard {
  framework: StandardFramework;
  entry: StandardEntry;
}

/** Every entry of the standards file by its id, in file order; empty without a file. */
export function standardIndex(file: StandardsFile | undefined): Map<string, Standard> {
  const index = new Map<string, Standard>();
  for (const framework of file?.frameworks ?? []) for (const entry of framework.entries) index.set(entry.id, { framework, entry });
  return index;
}

/** The framework's short name: "Care Certificate 2015". */
export function frameworkName(framework: StandardFramework): string {
  return framework.shortTitle ?? framework.title;
}

/** The entry on its own, as its framework numbers it: "6 Communication", "Safe: Safeguarding", "Prioritise people". */
export function entryName(entry: StandardEntry): string {
  if (entry.number !== undefined) return `${entry.number} ${entry.title}`;
  return entry.group ? `${entry.group}: ${entry.title}` : entry.title;
}

/** In full, for lists and links: "Care Certificate 2015, 6 Communication". */
export function standardLabel({ framework, entry }: Standard): string {
  return `${frameworkName(framework)}, ${entryName(entry)}`;
}

/**
 * Short enough for a sheet's row, each framework named once: "Care Certificate 2015 10, 14; CQC Safe: Safeguarding;
 * Code of Conduct 5". Numbered standards are given by number; the others by name.
 */
export function standardsInShort(standards: readonly Standard[]): string {
  const byFramework = new Map<StandardFramework, string[]>();
  for (const { framework, entry } of standards) {
    const short = entry.number !== undefined ? String(entry.number) : entryName(entry);
    byFramework.set(framework, [...(byFramework.get(framework) ?? []), short]);
  }
  return [...byFramework].map(([framework, entries]) => `${frameworkName(framework)} ${entries.join(', ')}`).join('; ');
}

/**
 * The statements citing each standard, in the order given (framework order). Takes any statements with
 * `standards`, so the site (domains) and the cross-check (files) share it.
 */
export function statementsByStandard<T extends { standards?: readonly string[] | undefined }>(statements: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const s of statements) {
    for (const id of new Set(s.standards ?? [])) {
      const list = map.get(id);
      if (list) list.push(s);
      else map.set(id, [s]);
    }
  }
  return map;
}

/** The entries of a framework in groups, in file order: CQC's key questions; one unnamed group otherwise. */
export function groupsOf(framework: StandardFramework): { group: string | undefined; entries: StandardEntry[] }[] {
  const groups: { group: string | undefined; entries: StandardEntry[] }[] = [];
  for (const entry of framework.entries) {
    const last = groups.at(-1);
    if (last && last.group === entry.group) last.entries.push(entry);
    else groups.push({ group: entry.group, entries: [entry] });
  }
  return groups;
}
