// The train's trigger, proven: the cron spec gatehouse emits, evaluated the way Jenkins evaluates
// it (see src/train/cron-eval.ts for the Jenkins sources this follows), fires at the go/no-go time
// in the release time zone on release weekdays only; freeze dates are skipped by the release-day
// answer the pipeline asks first.
import { expect } from 'chai';
import type { Model } from '../../src/model/types.js';
import { dayOfWeekField, planTrainCron } from '../../src/train/cron.js';
import { nextTriggers, parseCronSpec } from '../../src/train/cron-eval.js';
import { releaseDayOf } from '../../src/train/release-day.js';
import { describeScheduledTime, planTrainSchedule } from '../../src/train/schedule.js';
import { zonedTimeOf } from '../../src/train/zoned-time.js';
import { graphModel, repositoryModel } from './support.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('train/schedule: the Jenkins trigger', () => {
  let model: Model;
  before(async () => {
    model = await repositoryModel();
  });

  it('is TZ= on the first line, then the exact go/no-go minute on the release weekdays', () => {
    const cron = planTrainCron(model.release);
    expect(cron.spec).to.equal('TZ=Asia/Kolkata\n0 16 * * 1-5');
    expect(cron.spec).not.to.contain('H');
  });

  it('fires the next 10 times on weekdays at 16:00 Asia/Kolkata, which is 10:30 UTC', () => {
    const { spec } = planTrainCron(model.release);
    const triggers = nextTriggers(spec, new Date('2026-08-20T12:00:00Z'), 10);
    expect(triggers).to.have.length(10);
    for (const at of triggers) {
      // Asia/Kolkata is UTC+05:30 all year: no time zone database needed to check this.
      expect(at.toISOString().slice(11), at.toISOString()).to.equal('10:30:00.000Z');
      expect(at.getUTCDay(), at.toISOString()).to.be.within(1, 5);
    }
    expect(iso(triggers).map((t) => t.slice(0, 10))).to.deep.equal([
      '2026-08-21', '2026-08-24', '2026-08-25', '2026-08-26', '2026-08-27', '2026-08-28', '2026-08-31', '2026-09-01', '2026-09-02', '2026-09-03',
    ]);
  });

  it('lets the release-day answer skip the freeze: no train from 24 December to 1 January', () => {
    const triggers = nextTriggers(planTrainCron(model.release).spec, new Date('2026-12-21T00:00:00Z'), 12);
    const days = triggers.map((at) => releaseDayOf(model.release, zonedTimeOf(at, 'Asia/Kolkata').date));
    expect(days.filter((d) => d.releaseDay).map((d) => d.date)).to.deep.equal(['2026-12-21', '2026-12-22', '2026-12-23', '2027-01-04', '2027-01-05']);
    expect(days.filter((d) => !d.releaseDay).map((d) => [d.date, d.reason])).to.deep.equal(
      ['2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'].map((date) => [date, 'frozen: Year-end change freeze (2026-12-24 to 2027-01-01)']),
    );
  });

  it('shows the go/no-go and release times in the zone and in UTC', () => {
    const schedule = planTrainSchedule(model.release);
    expect(describeScheduledTime(schedule.goNoGo, schedule.timeZone)).to.equal('16:00 Asia/Kolkata (10:30 UTC)');
    expect(describeScheduledTime(schedule.release, schedule.timeZone)).to.equal('17:00 Asia/Kolkata (11:30 UTC)');
  });

  it('shows both UTC times of a zone with daylight saving', () => {
    const berlin = graphModel({ a: [] }, (raw) => Object.assign(raw.release, { timeZone: 'Europe/Berlin', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }));
    const schedule = planTrainSchedule(berlin.release);
    expect(describeScheduledTime(schedule.goNoGo, schedule.timeZone)).to.equal('16:00 Europe/Berlin (15:00 UTC at +01:00, 14:00 UTC at +02:00)');
    const triggers = nextTriggers(schedule.cron.spec, new Date('2026-03-26T00:00:00Z'), 3);
    // Clocks go forward on Sunday 29 March: the Monday after fires an hour earlier in UTC.
    expect(iso(triggers)).to.deep.equal(['2026-03-26T15:00:00.000Z', '2026-03-27T15:00:00.000Z', '2026-03-30T14:00:00.000Z']);
  });

  const fields: [number[], string][] = [[[1, 2, 3, 4, 5], '1-5'], [[0, 6], '0,6'], [[1, 3, 5], '1,3,5'], [[0, 1, 2, 3, 4, 5, 6], '*'], [[1, 2], '1,2'], [[0, 1, 2, 4, 5, 6], '0-2,4-6'], [[5], '5']];
  for (const [days, want] of fields) {
    it(`writes days ${days.join(',')} as ${want}`, () => expect(dayOfWeekField(days)).to.equal(want));
  }
});

describe('train/cron-eval: Jenkins cron semantics', () => {
  it('fires a wall time the clocks skip never, and a wall time they repeat twice (minute by minute, like hudson.triggers.Trigger)', () => {
    const spring = nextTriggers('TZ=Europe/Berlin\n30 2 * * *', new Date('2026-03-28T00:00:00Z'), 2);
    expect(iso(spring)).to.deep.equal(['2026-03-28T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
    const autumn = nextTriggers('TZ=Europe/Berlin\n30 2 * * *', new Date('2026-10-25T00:00:00Z'), 3);
    expect(iso(autumn)).to.deep.equal(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('needs day of month AND day of week to match, unlike Vixie cron', () => {
    const fridays13 = nextTriggers('TZ=UTC\n0 0 13 * 5', new Date('2026-01-01T00:00:00Z'), 2);
    expect(iso(fridays13)).to.deep.equal(['2026-02-13T00:00:00.000Z', '2026-03-13T00:00:00.000Z']);
  });

  it('reads day 7 as Sunday, skips comments and blank lines, and uses UTC without TZ=', () => {
    expect(iso(nextTriggers('# weekly\n\n0 12 * * 7', new Date('2026-08-20T00:00:00Z'), 1))).to.deep.equal(['2026-08-23T12:00:00.000Z']);
    expect(parseCronSpec('0 12 * * 7').timeZone).to.equal('UTC');
  });

  it('takes TZ= only from the first line', () => {
    expect(() => parseCronSpec('0 12 * * *\nTZ=Asia/Kolkata')).to.throw('does not have 5 fields');
  });

  it('starts at the first whole minute at or after the given instant', () => {
    expect(iso(nextTriggers('TZ=UTC\n30 10 * * *', new Date('2026-08-20T10:30:00Z'), 1))).to.deep.equal(['2026-08-20T10:30:00.000Z']);
    expect(iso(nextTriggers('TZ=UTC\n30 10 * * *', new Date('2026-08-20T10:30:01Z'), 1))).to.deep.equal(['2026-08-21T10:30:00.000Z']);
  });

  it('refuses what Jenkins refuses or gatehouse never emits: day names, out-of-range values, H', () => {
    for (const line of ['0 16 * * MON-FRI', '0 24 * * *', '60 1 * * *', '0 16 * * 8', 'H 16 * * 1-5', '5/2 * * * *', '0 16 * * 5-1']) {
      expect(() => parseCronSpec(line), line).to.throw();
    }
  });

  it('finds nothing for a date that never comes', () => {
    expect(nextTriggers('TZ=UTC\n0 0 30 2 *', new Date('2026-01-01T00:00:00Z'), 1)).to.deep.equal([]);
  });
});
