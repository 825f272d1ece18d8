// release.freeze: each entry is one day or a range, of days that exist, in order, and freezes at
// least one day the train would otherwise run.
import type { Finding, PathSegment } from '../finding.js';
import type { RawConfig, RawFreezePeriod } from '../types.js';
import { WEEKDAYS } from '../../model/types.js';
import { addDays, dayOfWeek, daysBetween, isCalendarDate } from '../../util/calendar.js';

export function checkReleaseFreeze(config: RawConfig): Finding[] {
  const weekdays = new Set(config.release.weekdays.map((day) => WEEKDAYS.indexOf(day)));
  return (config.release.freeze ?? []).flatMap((entry, index) => checkEntry(entry, ['release', 'freeze', index], weekdays));
}

function checkEntry(entry: RawFreezePeriod, path: PathSegment[], weekdays: ReadonlySet<number>): Finding[] {
  const shape = checkShape(entry, path);
  if (shape) return [shape];
  const keys = entry.date === undefined ? (['from', 'to'] as const) : (['date'] as const);
  const impossible = keys.flatMap((key) => freezeDateFinding([...path, key], entry[key] ?? '') ?? []);
  if (impossible.length > 0) return impossible;
  const from = entry.date ?? entry.from ?? '';
  const to = entry.date ?? entry.to ?? '';
  if (from > to) {
    return [{ code: 'GH351', message: `freeze from ${from} to ${to} ends before it starts`, path: [...path, 'to'], target: 'value', hint: 'swap the two dates, or write a single day as `date:`' }];
  }
  if (freezesNoWeekday(from, to, weekdays)) {
    const days = from === to ? `${from} is` : `${from} to ${to} are`;
    return [{ code: 'GH355', message: `freeze "${entry.reason}" has no effect: ${days} not release weekdays`, path, target: 'value', hint: 'check the dates; release.weekdays lists the days the train runs' }];
  }
  return [];
}

/** GH350 for a freeze date that does not exist; the schema's `format: date` restates it for editors (value-forms.ts). */
export function freezeDateFinding(path: PathSegment[], value: string): Finding | undefined {
  if (isCalendarDate(value)) return undefined;
  const key = String(path.at(-1));
  return { code: 'GH350', message: `freeze ${key} "${value}" is not a date that exists`, path, target: 'value', hint: 'write a real date as YYYY-MM-DD (months 01-12, days within the month)' };
}

/** Exactly one form: `date`, or both `from` and `to`. */
function checkShape(entry: RawFreezePeriod, path: PathSegment[]): Finding | undefined {
  const hasDate = entry.date !== undefined;
  const hasFrom = entry.from !== undefined;
  const hasTo = entry.to !== undefined;
  if (hasDate && (hasFrom || hasTo)) {
    return { code: 'GH352', message: 'a freeze entry has `date` and a range; give one form', path: [...path, hasFrom ? 'from' : 'to'], target: 'key', hint: 'one day: `date: YYYY-MM-DD`; several days: `from:` and `to:`' };
  }
  if (!hasDate && hasFrom !== hasTo) {
    const missing = hasFrom ? 'to' : 'from';
    return { code: 'GH352', message: `a freeze range needs \`from\` and \`to\`; \`${missing}\` is missing`, path: [...path, hasFrom ? 'from' : 'to'], target: 'key', hint: 'for a single day write `date: YYYY-MM-DD` instead' };
  }
  if (!hasDate && !hasFrom) {
    return { code: 'GH352', message: 'a freeze entry needs `date`, or `from` and `to`', path, target: 'value', hint: 'one day: `date: YYYY-MM-DD`; several days: `from:` and `to:`' };
  }
  return undefined;
}

/** A week or more always holds every weekday; shorter ranges are walked day by day. */
function freezesNoWeekday(from: string, to: string, weekdays: ReadonlySet<number>): boolean {
  const length = daysBetween(from, to) + 1;
  if (length >= 7) return false;
  return Array.from({ length }, (_, i) => dayOfWeek(addDays(from, i))).every((day) => !weekdays.has(day));
}
