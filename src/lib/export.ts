/** The framework for spreadsheets and learning systems: /framework.json and /framework.csv. */
import { allStatements, evidencePath, statementPath, type FrameworkView } from './competency.ts';

/** Turns a site path into the address to publish: absolute when the site's URL is known. */
export type Address = (path: string) => string;

export function frameworkJson(view: FrameworkView, address: Address): object {
  const { meta, domains } = view;
  return {
    title: meta.title,
    version: meta.version,
    published: meta.published.toISOString().slice(0, 10),
    changelog: meta.changelog.map((c) => ({ ...c, date: c.date.toISOString().slice(0, 10) })),
    domains: domains.map((d) => ({
      id: d.id,
      title: d.title,
      summary: d.summary,
      statements: d.statements.map((s) => ({
        id: s.id,
        statement: s.statement,
        level: s.level,
        url: address(statementPath(s.id)),
        evidence: s.evidence.map((ref) => ({ ref, url: address(evidencePath(ref)) })),
      })),
      retired: d.retired,
    })),
  };
}

const CSV_HEADER = ['id', 'domain', 'domain_title', 'level', 'statement', 'evidence_urls'];

/** One field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A row per active statement; evidence addresses separated by spaces. CRLF line ends, as spreadsheets expect. */
export function frameworkCsv(view: FrameworkView, address: Address): string {
  const rows = allStatements(view.domains).map(({ statement, domain }) => [
    statement.id,
    domain.id,
    domain.title,
    statement.level,
    statement.statement,
    statement.evidence.map((ref) => address(evidencePath(ref))).join(' '),
  ]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
