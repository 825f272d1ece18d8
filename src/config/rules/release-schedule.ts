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
 * Whether the runtime's time zone database knows the zone. The list of canonical names answers
 * at once; only a name not on it (an alias such as "Asia/Calcutta") needs a date formatter, which
 * throws RangeError for an unknown zone but costs 20 ms of start-up to create.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (Intl.supportedValuesOf('timeZone').includes(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
