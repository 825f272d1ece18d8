// The release train in generated/README.md: when it runs (in the release time zone and in UTC),
// the Jenkins trigger, who votes and what a NOGO does, the freeze dates and the load test. All
// text escaped for Markdown here.
import type { Model } from '../../model/types.js';
import { markdownRow, markdownText } from '../../render/markdown.js';
import { describeFreeze } from '../../train/release-day.js';
import type { ScheduledTime } from '../../train/schedule.js';
import { planTrainSchedule } from '../../train/schedule.js';
import { trainEnvironment } from '../../train/ballots.js';

export interface TrainView {
  isTrain: boolean;
  timeZone: string;
  days: string;
  /** Rows of the times table: what happens, local time, UTC. */
  times: string[];
  cron: string[];
  environment: string;
  /** The environment's approval roles, the train's voters, for prose. */
  roles: string;
  voters: string[];
  freeze: string[];
  loadTest: string;
}

export function buildTrainView(model: Model): TrainView {
  const { release } = model;
  const schedule = planTrainSchedule(release);
  return {
    isTrain: release.mode === 'train',
    timeZone: markdownText(release.timeZone),
    days: markdownText(release.weekdays.join(', ')),
    times: [
      timeRow('Go/no-go: the train starts, collects the candidates, posts the summary and opens the vote', schedule.goNoGo),
      timeRow('Release: the vote closes; wave after wave deploys, then smoke tests and the load test', schedule.release),
    ],
    cron: schedule.cron.lines,
    environment: markdownText(trainEnvironment(model)?.name ?? ''),
    roles: (trainEnvironment(model)?.approvals ?? []).map(markdownText).join(', '),
    voters: voterRows(model),
    freeze: release.freeze.map((f) => markdownRow([markdownText(describeFreeze(f)), markdownText(f.reason)])),
    loadTest: release.loadTest ? markdownText(`${release.loadTest.command} (report ${release.loadTest.report}, at most ${release.loadTest.timeoutMinutes} minutes)`) : 'none',
  };
}

function timeRow(what: string, time: ScheduledTime): string {
  const utc = time.utc.map((u) => (time.utc.length === 1 ? u.time : `${u.time} (at UTC${u.offset})`)).join(', ');
  return markdownRow([what, markdownText(time.time), markdownText(utc)]);
}

function voterRows(model: Model): string[] {
  const cancelRoles = model.release.vote.cancelRoles;
  return (trainEnvironment(model)?.approvals ?? []).flatMap((name) => {
    const role = model.release.approvers.find((r) => r.name === name);
    if (!role) return [];
    const who = [...(role.moduleLead ? ["the module's lead"] : []), ...role.submitters].join(', ');
    const nogo = cancelRoles.includes(name)
      ? 'cancels the train'
      : role.moduleLead ? 'drops the module and every module of the train that depends on it' : 'drops the modules it names (all when none) and their dependents';
    return [markdownRow([markdownText(name), role.moduleLead ? 'one per module in the train' : 'one for the train', markdownText(who), nogo])];
  });
}
