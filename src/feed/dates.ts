/**
 * Calendar dates as the feed and the inline attributes write them: for the
 * validators (formats.ts) and for the elements that show dates.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a calendar date written `YYYY-MM-DD` into a UTC `Date`. Returns
 * `undefined` for anything else, including dates that do not exist: `Date`
 * would silently roll 2026-02-30 over to 2 March.
 */
export function parseIsoDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Years 0–99 would be mapped to 1900–1999 by Date.UTC.
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
