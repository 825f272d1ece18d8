// The release train's Jenkins trigger. Jenkins (hudson.scheduler.CronTabList) takes `TZ=<zone>`
// only as the first line of the spec; each further line is five fields `MINUTE HOUR DOM MONTH DOW`
// with numbers only (no day names), and `H` would hash to some minute of the hour: the train
// needs the exact minute, so the spec never uses `H`.
import type { Release } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { clockTime } from './zoned-time.js';

export interface TrainCron {
  timeZone: string;
  minute: number;
  hour: number;
  /** Cron day-of-week numbers, 0 = Sunday, ascending. */
  daysOfWeek: number[];
  /** `TZ=<zone>`, then the schedule line. */
  lines: [string, string];
  /** The lines joined with a newline: what `triggers { cron(...) }` takes. */
  spec: string;
}

/** Fires at the go/no-go time: the train collects the candidates and opens the vote then. */
export function planTrainCron(release: Release): TrainCron {
  const { hour, minute } = clockTime(release.goNoGoTime);
  const daysOfWeek = [...new Set(release.weekdays.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  const lines: [string, string] = [`TZ=${release.timeZone}`, `${minute} ${hour} * * ${dayOfWeekField(daysOfWeek)}`];
  return { timeZone: release.timeZone, minute, hour, daysOfWeek, lines, spec: lines.join('\n') };
}

/** `*` for every day; runs of three or more days as `a-b`; the rest comma-separated: `1-5`, `0,6`, `1,3,5`. */
export function dayOfWeekField(days: readonly number[]): string {
  if (days.length === 7) return '*';
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let end = i;
    while (end + 1 < days.length && days[end + 1] === (days[end] ?? 0) + 1) end++;
    if (end - i >= 2) parts.push(`${days[i]}-${days[end]}`);
    else for (let k = i; k <= end; k++) parts.push(String(days[k]));
    i = end + 1;
  }
  return parts.join(',');
}
