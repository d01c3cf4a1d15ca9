/** Dates as UK readers write them: "27 November 2026". UTC, so a build anywhere prints the same day. */
const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function ukDate(date: Date): string {
  return format.format(date);
}

/** ISO day for the `datetime` attribute of <time>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
