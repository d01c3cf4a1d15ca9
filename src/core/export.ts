/** The framework for spreadsheets and learning systems: /framework.json and /framework.csv. */
import { allStatements, guidancePath, statementPath, type FrameworkView } from './competency.ts';
import { ASSESSMENT_LABELS } from './schema/competency.ts';
import { standardIndex, standardPath } from './standards.ts';

/** Turns a site path into the address to publish: absolute when the site's URL is known. */
export type Address = (path: string) => string;

export function frameworkJson(view: FrameworkView, address: Address): object {
  const { meta, domains } = view;
  const standards = standardIndex(view.standards);
  return {
    title: meta.title,
    version: meta.version,
    published: meta.published.toISOString().slice(0, 10),
    changelog: meta.changelog.map((c) => ({ ...c, date: c.date.toISOString().slice(0, 10) })),
    /** The vocabulary of `assessment`, with the words trainers use. */
    assessmentMethods: ASSESSMENT_LABELS,
    domains: domains.map((d) => ({
      id: d.id,
      title: d.title,
      summary: d.summary,
      statements: d.statements.map((s) => ({
        id: s.id,
        statement: s.statement,
        level: s.level,
        url: address(statementPath(s.id)),
        guidance: s.guidance.map((ref) => ({ ref, url: address(guidancePath(ref)) })),
        assessment: s.assessment ?? [],
        standards: (s.standards ?? []).map((id) => {
          const found = standards.get(id);
          return { id, framework: found?.framework.id, number: found?.entry.number, title: found?.entry.title };
        }),
      })),
      retired: d.retired,
    })),
    standards: (view.standards?.frameworks ?? []).map((f) => ({
      ...f,
      entries: f.entries.map((e) => ({ ...e, url: address(standardPath(e.id)) })),
    })),
  };
}

const CSV_HEADER = ['id', 'domain', 'domain_title', 'level', 'statement', 'guidance_urls', 'assessment', 'standards'];

/** One field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A row per active statement; guidance addresses, assessment methods and standard ids each separated by
 * spaces (none holds one). CRLF line ends, as spreadsheets expect.
 */
export function frameworkCsv(view: FrameworkView, address: Address): string {
  const rows = allStatements(view.domains).map(({ statement, domain }) => [
    statement.id,
    domain.id,
    domain.title,
    statement.level,
    statement.statement,
    statement.guidance.map((ref) => address(guidancePath(ref))).join(' '),
    (statement.assessment ?? []).join(' '),
    (statement.standards ?? []).join(' '),
  ]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
