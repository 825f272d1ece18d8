// isKnownTimeZone answers from the runtime's list of zones (plus the renamed ones in LISTED_AS)
// without creating a date formatter; its answer must always be the formatter's answer.
import { expect } from 'chai';
import fc from 'fast-check';
import { isKnownTimeZone, LISTED_AS } from '../../src/config/rules/release-schedule.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

function formatterAccepts(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function resolvedZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

const LISTED = Intl.supportedValuesOf('timeZone');

describe('config: release.timeZone (isKnownTimeZone)', () => {
  it('maps every renamed zone to a name for the same zone, as a date formatter resolves them', () => {
    for (const [name, listedAs] of LISTED_AS) expect([name, resolvedZone(name)]).to.deep.equal([name, resolvedZone(listedAs)]);
  });

  it('knows the IANA names of UTC, the renamed zones and every listed zone', () => {
    for (const zone of ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Asia/Kolkata', 'Europe/Kyiv', ...LISTED_AS.keys(), ...LISTED]) {
      expect([zone, isKnownTimeZone(zone)]).to.deep.equal([zone, true]);
    }
  });

  it('rejects names no time zone database has', () => {
    for (const zone of ['Asia/Kolkatta', 'Mars/Olympus_Mons', '', 'constructor', '__proto__', 'UTC ']) expect([zone, isKnownTimeZone(zone)]).to.deep.equal([zone, false]);
  });

  it('agrees with a date formatter on other spellings, aliases and made-up names', () => {
    const known = fc.constantFrom('UTC', 'GMT', 'US/Pacific', 'Asia/Calcutta', ...LISTED_AS.keys(), ...LISTED);
    const spelling = fc.oneof(
      known,
      known.map((zone) => zone.toLowerCase()),
      known.map((zone) => zone.toUpperCase()),
      fc.tuple(known, fc.string({ maxLength: 3 })).map(([zone, extra]) => zone + extra),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(fc.property(spelling, (zone) => isKnownTimeZone(zone) === formatterAccepts(zone)), propertyParameters(propertyRuns()));
  });
});
