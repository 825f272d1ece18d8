// Calendar dates as YYYY-MM-DD strings: no time, no zone. Arithmetic runs on UTC midnights, where
// every day has 24 hours, so it never meets a daylight-saving change.

/** Whether `text` is YYYY-MM-DD and that day exists (no 2027-02-29, no month 13). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date `days` days after (or before, when negative) `date`; `date` must be a calendar date. */
export function addDays(date: string, days: number): string {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  return new Date(midnight + days * 86_400_000).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date: 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
