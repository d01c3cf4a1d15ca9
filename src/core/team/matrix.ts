/**
 * The team picture: a row per current statement, a cell per person. An answer to a retired statement counts
 * for the statements that replaced it when the person has not rated those themselves, and the cell says so.
 */
import { RATING_CODES, type RatingCode } from '../ratings.ts';
import { replacedBy, type Level, type TeamFramework, type TeamStatement } from './framework.ts';
import { nameOf, type Person } from './people.ts';

export interface Cell {
  rating?: RatingCode;
  /** Set when the rating is the person's answer to this retired statement. */
  from?: string;
}

export type Counts = Record<RatingCode | 'none', number>;

export interface Row {
  statement: TeamStatement;
  /** One per person, in the order of `people`. */
  cells: Cell[];
  counts: Counts;
  /** Framework order, to sort back and to break ties. */
  index: number;
}

const RANK: Record<RatingCode, number> = Object.fromEntries(RATING_CODES.map((c, i) => [c, i])) as Record<RatingCode, number>;

export function buildMatrix(framework: TeamFramework, people: readonly Person[]): Row[] {
  const earlier = replacedBy(framework);
  return framework.statements.map((statement, index) => {
    const olds = earlier.get(statement.id) ?? [];
    const counts: Counts = { new: 0, refresh: 0, adequate: 0, good: 0, none: 0 };
    const cells = people.map((p): Cell => {
      const answers = p.doc.answers;
      const own = answers[statement.id]?.rating;
      let cell: Cell = own ? { rating: own } : {};
      // Of several retired answers, the lowest: a team view should not hide a need.
      if (!own)
        for (const old of olds) {
          const r = answers[old]?.rating;
          if (r && (cell.rating === undefined || RANK[r] < RANK[cell.rating])) cell = { rating: r, from: old };
        }
      counts[cell.rating ?? 'none']++;
      return cell;
    });
    return { statement, cells, counts, index };
  });
}

/** How many people rated it "New to me" or "Needs refresh". */
export const need = (row: Row): number => row.counts.new + row.counts.refresh;

/**
 * Most need first: most people needing it, then most "New to me", then fewest rated "Good", then framework
 * order. Statements nobody has rated come after those someone has (there is nothing to go on yet).
 */
export function byMostNeed(rows: readonly Row[]): Row[] {
  return [...rows].sort(
    (a, b) =>
      need(b) - need(a) ||
      b.counts.new - a.counts.new ||
      a.counts.good - b.counts.good ||
      Number(a.counts.none === a.cells.length) - Number(b.counts.none === b.cells.length) ||
      a.index - b.index,
  );
}

export interface Filter {
  domain?: string | undefined;
  level?: Level | undefined;
}

export function filterRows(rows: readonly Row[], filter: Filter): Row[] {
  return rows.filter((r) => (!filter.domain || r.statement.domain === filter.domain) && (!filter.level || r.statement.level === filter.level));
}

/** Toward sign-off: how many statements a person rates "Adequate" or "Good", of those shown. */
export function readiness(rows: readonly Row[], column: number): { confident: number; rated: number; total: number } {
  let confident = 0;
  let rated = 0;
  for (const row of rows) {
    const r = row.cells[column]?.rating;
    if (r) rated++;
    if (r === 'adequate' || r === 'good') confident++;
  }
  return { confident, rated, total: rows.length };
}

export interface TrainingNeed {
  statement: TeamStatement;
  /** Who rated it "New to me" or "Needs refresh", "New to me" first. */
  who: { name: string; rating: RatingCode }[];
}

/** The statements to train on first: the most-need order, only those somebody needs, at most `limit`. */
export function trainingNeeds(rows: readonly Row[], people: readonly Person[], limit = 10): TrainingNeed[] {
  return byMostNeed(rows)
    .filter((r) => need(r) > 0)
    .slice(0, limit)
    .map((row) => ({
      statement: row.statement,
      who: people
        .map((p, i) => ({ name: nameOf(p), rating: row.cells[i]!.rating }))
        .filter((w): w is { name: string; rating: RatingCode } => w.rating === 'new' || w.rating === 'refresh')
        .sort((a, b) => RANK[a.rating] - RANK[b.rating]),
    }));
}
