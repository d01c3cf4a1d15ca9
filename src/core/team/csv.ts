/**
 * The matrix as CSV for the organisation's own records: a row per statement, a column per person (their
 * rating's label), then the counts. Names and file text are untrusted: a field a spreadsheet would run as a
 * formula is written as text.
 */
import { RATINGS, RATING_CODES } from '../ratings.ts';
import type { TeamFramework } from './framework.ts';
import type { Row } from './matrix.ts';
import { nameOf, type Person } from './people.ts';

/** One field, quoted when it holds a comma, quote or line break (RFC 4180); a leading = + - @ is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function matrixCsv(framework: TeamFramework, rows: readonly Row[], people: readonly Person[]): string {
  const domains = new Map(framework.domains.map((d) => [d.slug, d.title]));
  const header = ['id', 'domain', 'level', 'statement', ...people.map(nameOf), ...RATINGS, 'Not rated'];
  const body = rows.map((row) => [
    row.statement.id,
    domains.get(row.statement.domain) ?? row.statement.domain,
    row.statement.level,
    row.statement.text,
    ...row.cells.map((c) => (c.rating ? RATINGS[RATING_CODES.indexOf(c.rating)]! + (c.from ? ` (as ${c.from})` : '') : '')),
    ...RATING_CODES.map((c) => String(row.counts[c])),
    String(row.counts.none),
  ]);
  return [header, ...body].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvFileName(now: Date): string {
  return `team-self-assessment-${now.toISOString().slice(0, 10)}.csv`;
}
