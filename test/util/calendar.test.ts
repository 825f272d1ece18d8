import { expect } from 'chai';
import { addDays, dayOfWeek, daysBetween } from '../../src/util/calendar.js';

describe('util/calendar: dates without time or zone', () => {
  it('adds days across months, years and leap days', () => {
    expect([addDays('2026-12-31', 1), addDays('2028-02-28', 1), addDays('2027-02-28', 1), addDays('2026-03-01', -1)]).to.deep.equal(['2027-01-01', '2028-02-29', '2027-03-01', '2026-02-28']);
  });

  it('knows the day of the week (0 = Sunday) and the days between two dates', () => {
    expect(['2026-08-23', '2026-08-24', '2026-08-29'].map(dayOfWeek)).to.deep.equal([0, 1, 6]);
    expect([daysBetween('2026-12-24', '2027-01-01'), daysBetween('2026-03-28', '2026-03-30'), daysBetween('2026-01-02', '2026-01-01')]).to.deep.equal([8, 2, -1]);
  });
});
