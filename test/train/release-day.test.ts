// Release days and wall clocks: calendar dates in the release time zone, in a zone without
// daylight saving (Asia/Kolkata) and one with it (Europe/Berlin, America/New_York).
import { expect } from 'chai';
import type { Release } from '../../src/model/types.js';
import { releaseDayOf } from '../../src/train/release-day.js';
import { voteClosesAt } from '../../src/train/vote-window.js';
import { formatInstant, instantOf, utcOffsetMinutes, zonedTimeOf } from '../../src/train/zoned-time.js';
import { graphModel } from './support.js';

function release(timeZone: string, edit: Partial<Release> = {}): Release {
  return {
    ...graphModel({ a: [] }).release,
    timeZone,
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    goNoGoTime: '16:00',
    releaseTime: '17:00',
    freeze: [
      { from: '2026-11-09', to: '2026-11-09', reason: 'Diwali' },
      { from: '2026-12-24', to: '2027-01-01', reason: 'Year end' },
    ],
    ...edit,
  };
}

describe('train/release-day: is a date a release day', () => {
  const cases: [string, string, boolean, string | null][] = [
    ['a Monday', '2026-11-02', true, null],
    ['a Saturday', '2026-11-07', false, 'sat is not a release weekday (release.weekdays: mon, tue, wed, thu, fri)'],
    ['a frozen Monday', '2026-11-09', false, 'frozen: Diwali (2026-11-09)'],
    ['the day after a one-day freeze', '2026-11-10', true, null],
    ['the first day of a range', '2026-12-24', false, 'frozen: Year end (2026-12-24 to 2027-01-01)'],
    ['inside a range, across the new year', '2026-12-31', false, 'frozen: Year end (2026-12-24 to 2027-01-01)'],
    ['the last day of a range', '2027-01-01', false, 'frozen: Year end (2026-12-24 to 2027-01-01)'],
    ['the first weekday after a range', '2027-01-04', true, null],
    ['a frozen Sunday says it is no weekday first', '2026-12-27', false, 'sun is not a release weekday (release.weekdays: mon, tue, wed, thu, fri)'],
  ];
  for (const [name, date, releaseDay, reason] of cases) {
    it(`${name}: ${date}`, () => {
      const day = releaseDayOf(release('Asia/Kolkata'), date);
      expect([day.releaseDay, day.reason]).to.deep.equal([releaseDay, reason]);
    });
  }

  it('names the freeze that covers the date', () => {
    expect(releaseDayOf(release('Asia/Kolkata'), '2026-12-28').freeze).to.deep.equal({ from: '2026-12-24', to: '2027-01-01', reason: 'Year end' });
    expect(releaseDayOf(release('Asia/Kolkata'), '2026-12-23').freeze).to.equal(null);
  });

  it('has no train in continuous mode', () => {
    expect(releaseDayOf(release('Asia/Kolkata', { mode: 'continuous' }), '2026-11-02').reason).to.contain('continuous');
  });

  const instants: [string, string, string, string, boolean][] = [
    ['late Sunday in UTC is already Monday in Kolkata', '2026-08-23T19:00:00Z', 'Asia/Kolkata', '2026-08-24 00:30', true],
    ['the same instant is still Sunday in New York', '2026-08-23T19:00:00Z', 'America/New_York', '2026-08-23 15:00', false],
    ['Friday evening UTC is Saturday morning in Kolkata', '2026-08-28T20:00:00Z', 'Asia/Kolkata', '2026-08-29 01:30', false],
    ['Berlin in winter is UTC+1', '2026-03-27T23:30:00Z', 'Europe/Berlin', '2026-03-28 00:30', false],
    ['Berlin after the clocks went forward is UTC+2', '2026-03-29T22:30:00Z', 'Europe/Berlin', '2026-03-30 00:30', true],
    ['New York, the day the clocks go back: 01:30 the first time (EDT)', '2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01 01:30', false],
    ['New York, the day the clocks go back: 01:30 again an hour later (EST)', '2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01 01:30', false],
  ];
  for (const [name, instant, zone, wall, releaseDay] of instants) {
    it(`${name}`, () => {
      const zoned = zonedTimeOf(new Date(instant), zone);
      expect(`${zoned.date} ${zoned.time}`).to.equal(wall);
      expect(releaseDayOf(release(zone), zoned.date).releaseDay).to.equal(releaseDay);
    });
  }
});

describe('train/zoned-time: wall clock to instant', () => {
  const cases: [string, string, string, string][] = [
    ['Kolkata, any day', '2026-08-24', '17:00', '2026-08-24T11:30:00Z'],
    ['Berlin in winter', '2026-01-15', '17:00', '2026-01-15T16:00:00Z'],
    ['Berlin in summer', '2026-07-15', '17:00', '2026-07-15T15:00:00Z'],
    ['Berlin, a wall time the clocks skip, read on the old clock', '2026-03-29', '02:30', '2026-03-29T01:30:00Z'],
    ['Berlin, a wall time that happens twice: the first', '2026-10-25', '02:30', '2026-10-25T00:30:00Z'],
  ];
  for (const [name, date, time, want] of cases) {
    const zone = name.startsWith('Kolkata') ? 'Asia/Kolkata' : 'Europe/Berlin';
    it(name, () => expect(formatInstant(instantOf(date, time, zone))).to.equal(want));
  }

  it('knows the offsets', () => {
    expect(utcOffsetMinutes(Date.parse('2026-08-24T00:00:00Z'), 'Asia/Kolkata')).to.equal(330);
    expect(utcOffsetMinutes(Date.parse('2026-08-24T00:00:00Z'), 'America/New_York')).to.equal(-240);
  });

  it('closes a scheduled vote at the release time, a hotfix vote as long after its start as the scheduled vote lasts', () => {
    const kolkata = release('Asia/Kolkata');
    expect(voteClosesAt(kolkata, '2026-08-24', false, new Date('2026-08-24T10:31:10Z'))).to.equal('2026-08-24T11:30:00Z');
    expect(voteClosesAt(release('Europe/Berlin'), '2026-07-15', false, new Date(0))).to.equal('2026-07-15T15:00:00Z');
    expect(voteClosesAt(kolkata, '2026-08-24', true, new Date('2026-08-24T03:12:09.500Z'))).to.equal('2026-08-24T04:12:10Z');
  });
});
