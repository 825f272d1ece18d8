// When the go/no-go vote closes: at the release time on the train's day; a hotfix, which runs
// whenever it is started, gets the same length of vote as the scheduled train, from its start.
import type { Release } from '../model/types.js';
import { clockTime, formatInstant, instantOf } from './zoned-time.js';

export function voteClosesAt(release: Release, date: string, hotfix: boolean, now: Date): string {
  if (!hotfix) return formatInstant(instantOf(date, release.releaseTime, release.timeZone));
  return formatInstant(new Date(Math.ceil(now.getTime() / 1000) * 1000 + voteMinutes(release) * 60_000));
}

/** Minutes from the go/no-go time to the release time. */
function voteMinutes(release: Release): number {
  const minutes = (time: string) => {
    const { hour, minute } = clockTime(time);
    return hour * 60 + minute;
  };
  return minutes(release.releaseTime) - minutes(release.goNoGoTime);
}
