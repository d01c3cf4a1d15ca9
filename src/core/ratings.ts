/**
 * The four-point self-rating trainers already know from the Care Certificate self-assessment tool.
 * It rates confidence, not pass or fail, which keeps the sheet honest for learners.
 * Kept apart from sheet.ts (which needs a QR library) so the self-assessment page can ship it to browsers.
 */
export const RATINGS = ['New to me', 'Needs refresh', 'Adequate', 'Good'] as const;

/** What saved answers store: short codes that stay the same if a label is reworded. Same order as RATINGS. */
export const RATING_CODES = ['new', 'refresh', 'adequate', 'good'] as const;
export type RatingCode = (typeof RATING_CODES)[number];

/** The label shown for a stored code. */
export function ratingLabel(code: RatingCode): string {
  return RATINGS[RATING_CODES.indexOf(code)]!;
}
