// Allow-list expiry dates must exist in the calendar. Whether they have passed is the quality
// gate's business at build time (validation has no clock). The schema's `format: date` restates
// the rule for editors (see value-forms.ts).
import type { Finding, PathSegment } from '../finding.js';
import type { RawConfig, RawQuality } from '../types.js';
import { isCalendarDate } from '../../util/calendar.js';

export function checkAllowDates(config: RawConfig): Finding[] {
  const lists: [PathSegment[], RawQuality | undefined][] = [
    [['quality'], config.quality],
    ...Object.entries(config.modules).map(([name, module]): [PathSegment[], RawQuality | undefined] => [['modules', name, 'quality'], module.quality]),
  ];
  return lists.flatMap(([path, quality]) =>
    (quality?.scan?.allow ?? []).flatMap((entry, index) => allowDateFinding([...path, 'scan', 'allow', index, 'expires'], entry.id, entry.expires) ?? []),
  );
}

export function allowDateFinding(path: PathSegment[], id: string, expires: string): Finding | undefined {
  if (isCalendarDate(expires)) return undefined;
  return {
    code: 'GH313',
    message: `allow-list entry ${id} expires on "${expires}", a date that does not exist`,
    path,
    target: 'value',
    hint: 'write a real date as YYYY-MM-DD (months 01-12, days within the month)',
  };
}
