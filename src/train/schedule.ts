// When the train runs, as data for generated/README.md, `gatehouse plan --train` and the release
// pipeline's trigger: the configured times in the configured zone, the same times in UTC, and
// the Jenkins cron spec.
import type { FreezePeriod, Release, ReleaseMode, Weekday } from '../model/types.js';
import type { TrainCron } from './cron.js';
import { planTrainCron } from './cron.js';
import { formatInstant, instantOf, utcOffsetMinutes } from './zoned-time.js';

/**
 * UTC equivalents are shown for the zone's rules in this year: output must not depend on the day
 * it is generated, and a zone's offsets rarely change.
 */
const REFERENCE_YEAR = 2026;

export interface UtcTime {
  /** HH:MM in UTC. */
  time: string;
  /** The zone's offset then, `+05:30`. */
  offset: string;
}

export interface ScheduledTime {
  /** HH:MM in the release time zone. */
  time: string;
  /** The same wall time in UTC: one entry, or one per offset the zone uses in the year (daylight saving). */
  utc: UtcTime[];
}

export interface TrainSchedule {
  mode: ReleaseMode;
  timeZone: string;
  weekdays: Weekday[];
  goNoGo: ScheduledTime;
  release: ScheduledTime;
  cron: TrainCron;
  freeze: FreezePeriod[];
}

export function planTrainSchedule(release: Release): TrainSchedule {
  return {
    mode: release.mode,
    timeZone: release.timeZone,
    weekdays: release.weekdays,
    goNoGo: scheduledTime(release.goNoGoTime, release.timeZone),
    release: scheduledTime(release.releaseTime, release.timeZone),
    cron: planTrainCron(release),
    freeze: release.freeze,
  };
}

/** The wall time on the 1st and 15th of every month of the reference year: enough to meet every season's offset. */
function scheduledTime(time: string, timeZone: string): ScheduledTime {
  const utc: UtcTime[] = [];
  for (let month = 1; month <= 12; month++) {
    for (const day of ['01', '15']) {
      const instant = instantOf(`${REFERENCE_YEAR}-${String(month).padStart(2, '0')}-${day}`, time, timeZone);
      const entry = { time: formatInstant(instant).slice(11, 16), offset: formatOffset(utcOffsetMinutes(instant.getTime(), timeZone)) };
      if (!utc.some((u) => u.time === entry.time && u.offset === entry.offset)) utc.push(entry);
    }
  }
  return { time, utc };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `16:00 Asia/Kolkata (10:30 UTC)`; a zone with daylight saving lists both: `(15:00 UTC at +01:00, 14:00 UTC at +02:00)`. */
export function describeScheduledTime(scheduled: ScheduledTime, timeZone: string): string {
  const utc = scheduled.utc.length === 1 ? `${scheduled.utc[0]?.time ?? ''} UTC` : scheduled.utc.map((u) => `${u.time} UTC at ${u.offset}`).join(', ');
  return `${scheduled.time} ${timeZone} (${utc})`;
}
