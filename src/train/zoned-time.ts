// Wall-clock time in an IANA time zone, from the runtime's time zone database (Intl). Instants
// come in as arguments: nothing here reads the clock.
import { dayOfWeek } from '../util/calendar.js';

export interface ZonedTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:MM (24 h) in the zone. */
  time: string;
  /** 0 = Sunday ... 6 = Saturday. */
  dayOfWeek: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at `instant`, as if that wall clock were UTC (milliseconds). */
function wallClockMillis(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const field = (name: string) => Number(parts[name]);
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
}

/** Hour and minute of an `HH:MM` wall-clock time (modules.yaml's goNoGoTime, a ZonedTime's time). */
export function clockTime(time: string): { hour: number; minute: number } {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { hour, minute };
}

export function zonedTimeOf(instant: Date, timeZone: string): ZonedTime {
  const wall = new Date(wallClockMillis(instant.getTime() - instant.getUTCMilliseconds(), timeZone)).toISOString();
  const date = wall.slice(0, 10);
  return { date, time: wall.slice(11, 16), dayOfWeek: dayOfWeek(date) };
}

/** The zone's offset from UTC at `instant`, in minutes (+330 for Asia/Kolkata). */
export function utcOffsetMinutes(instant: number, timeZone: string): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return Math.round((wallClockMillis(whole, timeZone) - whole) / 60_000);
}

/**
 * The instant the zone's wall clock shows `time` on `date`. On a day the clocks go back, the
 * first of the two; in the hour skipped when they go forward, the time as if the clocks had not
 * changed yet (which is later on the new clock).
 */
export function instantOf(date: string, time: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const before = wall - utcOffsetMinutes(wall - 86_400_000 / 2, timeZone) * 60_000;
  const after = wall - utcOffsetMinutes(wall + 86_400_000 / 2, timeZone) * 60_000;
  const candidates = [before, after].filter((t) => wallClockMillis(t, timeZone) === wall).sort((a, b) => a - b);
  return new Date(candidates[0] ?? before);
}

/** `2026-08-24T11:30:00Z`: an instant in UTC to the second, the form the release files use. */
export function formatInstant(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
