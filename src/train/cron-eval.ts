// When does a Jenkins cron spec fire? A small evaluator that follows Jenkins' own rules, so the
// train's trigger can be proven and listed: hudson.triggers.Trigger checks every spec once a
// minute (second 0); CronTabList reads `TZ=<zone>` from the first line only and skips blank and
// `#` lines; CronTab.check converts the minute to the spec's zone and requires ALL five fields to
// match (day of month AND day of week, unlike Vixie cron's OR); day of week 7 is Sunday like 0.
// `H` (hashed) fields are not supported: gatehouse never emits them.
import { clockTime, zonedTimeOf } from './zoned-time.js';

interface CronLine {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
}

export interface ParsedCronSpec {
  /** The zone of the `TZ=` line; UTC when there is none (Jenkins would use its own zone). */
  timeZone: string;
  lines: CronLine[];
}

const BOUNDS: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 7]];

export function parseCronSpec(spec: string): ParsedCronSpec {
  let timeZone = 'UTC';
  const lines: CronLine[] = [];
  spec.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (index === 0 && line.startsWith('TZ=')) {
      timeZone = line.slice('TZ='.length);
      return;
    }
    if (line === '' || line.startsWith('#')) return;
    lines.push(parseCronLine(line));
  });
  return { timeZone, lines };
}

function parseCronLine(line: string): CronLine {
  const fields = line.split(/[ \t]+/);
  if (fields.length !== 5) throw new Error(`cron line "${line}" does not have 5 fields`);
  const [minutes, hours, days, months, daysOfWeek] = fields.map((field, i) => parseField(field, BOUNDS[i] ?? [0, 0])) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  return { minutes, hours, days, months, daysOfWeek };
}

/** `*`, `n`, `a-b`, with an optional `/step` on `*` and ranges, comma-separated. */
function parseField(field: string, [low, high]: [number, number]): Set<number> {
  const values = new Set<number>();
  for (const term of field.split(',')) {
    const match = /^(?:(\*)|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(term);
    if (!match) throw new Error(`unsupported cron term "${term}"`);
    const [, star, first, last, step] = match;
    const start = star ? low : Number(first);
    const end = star ? high : last !== undefined ? Number(last) : start;
    const by = step === undefined ? 1 : Number(step);
    if (start < low || end > high || start > end || by < 1 || (step !== undefined && !star && last === undefined)) {
      throw new Error(`cron term "${term}" is out of range ${low}-${high}`);
    }
    for (let value = start; value <= end; value += by) values.add(value);
  }
  return values;
}

/** Looking further than this for a trigger means the spec never fires (e.g. 30 February). */
const HORIZON_MS = 5 * 366 * 86_400_000;

/** The first `count` instants, at or after `from`, at which Jenkins would fire the spec. */
export function nextTriggers(spec: string, from: Date, count: number): Date[] {
  const parsed = parseCronSpec(spec);
  const found: Date[] = [];
  let t = Math.ceil(from.getTime() / 60_000) * 60_000;
  const end = t + HORIZON_MS;
  while (found.length < count && t < end) {
    const wall = wallFields(new Date(t), parsed.timeZone);
    if (parsed.lines.some((line) => matches(line, wall))) found.push(new Date(t));
    // No line can fire in this hour of the zone: go to its next hour (a DST change only ever
    // skips wall-clock minutes that do not exist).
    const hourPossible = parsed.lines.some((line) => line.hours.has(wall.hour) && dayMatches(line, wall));
    t += (hourPossible ? 1 : 60 - wall.minute) * 60_000;
  }
  return found;
}

interface WallFields {
  minute: number;
  hour: number;
  day: number;
  month: number;
  dayOfWeek: number;
}

function wallFields(instant: Date, timeZone: string): WallFields {
  const zoned = zonedTimeOf(instant, timeZone);
  const [, month = 0, day = 0] = zoned.date.split('-').map(Number);
  const { hour, minute } = clockTime(zoned.time);
  return { minute, hour, day, month, dayOfWeek: zoned.dayOfWeek };
}

function dayMatches(line: CronLine, wall: WallFields): boolean {
  return line.days.has(wall.day) && line.months.has(wall.month) && line.daysOfWeek.has(wall.dayOfWeek);
}

function matches(line: CronLine, wall: WallFields): boolean {
  return line.minutes.has(wall.minute) && line.hours.has(wall.hour) && dayMatches(line, wall);
}
