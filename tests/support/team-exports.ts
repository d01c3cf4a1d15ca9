/** Self-assessment exports as staff would hand them over, generated for the team view's tests. */
import { RATING_CODES, type RatingCode } from '../../src/core/ratings.ts';

export interface ExportOptions {
  name?: string | undefined;
  version?: string | undefined;
  answers?: Record<string, { rating?: RatingCode; note?: string }>;
}

/** An export file's text, as "Export my answers" writes it. */
export function exportFile(o: ExportOptions = {}): string {
  const doc = {
    kind: 'rapport-self-assessment',
    schema: 1,
    framework: { title: 'Rapport competency framework', version: o.version ?? '2.0.0' },
    savedAt: '2026-11-20T09:00:00.000Z',
    details: { ...(o.name ? { name: o.name } : {}), role: 'Support worker' },
    answers: o.answers ?? {},
    plan: [{ what: 'A private action' }],
    agenda: 'Private agenda',
    reflections: [],
    exportedAt: '2026-11-20T09:05:00.000Z',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A repeatable pseudo-random rating for person p and statement s (a few left unrated). */
export function ratingFor(p: number, s: number): RatingCode | undefined {
  const x = (p * 7919 + s * 104729 + 13) % 11;
  return x === 10 ? undefined : RATING_CODES[x % 4];
}

/** `people` exports rating `ids` with ratingFor, named "Person 1" and so on. */
export function teamExports(people: number, ids: readonly string[]): { name: string; text: string }[] {
  return Array.from({ length: people }, (_, p) => {
    const answers: Record<string, { rating: RatingCode; note: string }> = {};
    ids.forEach((id, s) => {
      const rating = ratingFor(p, s);
      if (rating) answers[id] = { rating, note: `Private note ${p}-${s}` };
    });
    return { name: `person-${p + 1}.json`, text: exportFile({ name: `Person ${p + 1}`, answers }) };
  });
}
