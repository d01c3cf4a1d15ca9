/** Dates as UK readers write them: "27 November 2026". UTC, so a build anywhere prints the same day. */
const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function ukDate(date: Date): string {
  return format.format(date);
}

/** ISO day for the `datetime` attribute of <time>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a page is past its review date on `today` (the build's day): staff should know when guidance
 * may be out of date, so the page says so and the build warns.
 */
export function isOverdue(reviewDue: Date, today: Date = new Date()): boolean {
  return isoDay(reviewDue) < isoDay(today);
}
