// Is a date a release day? A release weekday (release.weekdays) that no freeze covers, while the
// project releases by train. Dates are calendar dates in release.timeZone.
import type { FreezePeriod, Release, Weekday } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { dayOfWeek } from '../util/calendar.js';

export interface ReleaseDay {
  date: string;
  timeZone: string;
  weekday: Weekday;
  releaseDay: boolean;
  /** Why not, in words; null on a release day. */
  reason: string | null;
  /** The freeze that covers the date (the first one listed), or null. */
  freeze: FreezePeriod | null;
}

/** The first freeze period that covers `date` (YYYY-MM-DD strings compare in date order). */
function freezeOn(release: Release, date: string): FreezePeriod | undefined {
  return release.freeze.find((period) => period.from <= date && date <= period.to);
}

export function releaseDayOf(release: Release, date: string): ReleaseDay {
  const weekday = WEEKDAYS[dayOfWeek(date)] ?? 'sun';
  const freeze = freezeOn(release, date) ?? null;
  const reason = notReleaseDayBecause(release, weekday, freeze);
  return { date, timeZone: release.timeZone, weekday, releaseDay: reason === null, reason, freeze };
}

function notReleaseDayBecause(release: Release, weekday: Weekday, freeze: FreezePeriod | null): string | null {
  if (release.mode !== 'train') return 'release.mode is continuous: modules release on their own, there is no train';
  if (!release.weekdays.includes(weekday)) return `${weekday} is not a release weekday (release.weekdays: ${release.weekdays.join(', ')})`;
  if (freeze) return `frozen: ${freeze.reason} (${describeFreeze(freeze)})`;
  return null;
}

/** `2026-11-09`, or `2026-12-24 to 2027-01-01`. */
export function describeFreeze(freeze: FreezePeriod): string {
  return freeze.from === freeze.to ? freeze.from : `${freeze.from} to ${freeze.to}`;
}
