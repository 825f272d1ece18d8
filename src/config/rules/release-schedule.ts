// The release train's clock: a time zone that exists, and a go/no-go vote before the release.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

export function checkReleaseSchedule(config: RawConfig): Finding[] {
  const { timeZone, goNoGoTime, releaseTime } = config.release;
  const findings: Finding[] = [];
  if (!isKnownTimeZone(timeZone)) {
    findings.push({
      code: 'GH316',
      message: `release.timeZone "${timeZone}" is not a known IANA time zone`,
      path: ['release', 'timeZone'],
      target: 'value',
      hint: 'use a zone name such as "Asia/Kolkata" or "Europe/Berlin"',
    });
  }
  // HH:MM strings (the schema guarantees the form) compare in time order.
  if (goNoGoTime >= releaseTime) {
    findings.push({
      code: 'GH317',
      message: `the go/no-go vote (${goNoGoTime}) is not before the release (${releaseTime})`,
      path: ['release', 'goNoGoTime'],
      target: 'value',
      hint: 'the vote decides whether the release happens, so it must come first',
    });
  }
  return findings;
}

/**
 * IANA names whose older spelling ICU still lists as the canonical one (Node 20's list has
 * "Asia/Calcutta" but not "Asia/Kolkata"). A name here is known whenever the name it maps to is
 * listed; test/config/release-schedule.test.ts checks every pair against a date formatter.
 */
export const LISTED_AS: ReadonlyMap<string, string> = new Map([
  ['Africa/Asmara', 'Africa/Asmera'],
  ['America/Argentina/Buenos_Aires', 'America/Buenos_Aires'],
  ['America/Atikokan', 'America/Coral_Harbour'],
  ['America/Indiana/Indianapolis', 'America/Indianapolis'],
  ['America/Kentucky/Louisville', 'America/Louisville'],
  ['America/Nuuk', 'America/Godthab'],
  ['Asia/Ho_Chi_Minh', 'Asia/Saigon'],
  ['Asia/Kathmandu', 'Asia/Katmandu'],
  ['Asia/Kolkata', 'Asia/Calcutta'],
  ['Asia/Yangon', 'Asia/Rangoon'],
  ['Atlantic/Faroe', 'Atlantic/Faeroe'],
  ['Europe/Kyiv', 'Europe/Kiev'],
  ['Pacific/Chuuk', 'Pacific/Truk'],
  ['Pacific/Kanton', 'Pacific/Enderbury'],
  ['Pacific/Pohnpei', 'Pacific/Ponape'],
]);

/** ECMA-402 requires every implementation to know UTC, which Node 20's list leaves out; its IANA names. */
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT']);

let listedZones: ReadonlySet<string> | undefined;

/**
 * Whether the runtime's time zone database knows the zone. The list of canonical names answers
 * at once for almost every name (LISTED_AS covers the renamed ones); only another alias or a
 * different case (an alias such as "US/Pacific", or "asia/kolkata") needs a date formatter,
 * which throws RangeError for an unknown zone but costs 20 to 30 ms of start-up to create
 * (the first Intl object with a locale builds ICU's list of locales).
 */
export function isKnownTimeZone(zone: string): boolean {
  listedZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (UTC_NAMES.has(zone) || listedZones.has(zone) || listedZones.has(LISTED_AS.get(zone) ?? '')) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
