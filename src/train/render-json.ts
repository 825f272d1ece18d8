// The release commands' JSON output: the pipeline's contract. Fixed key order, every key always
// present (null when it does not apply), so Groovy reads the same shape every time.
import type { ReleaseDay } from './release-day.js';
import { gateSummaryOf } from './select.js';
import type { TrainSchedule } from './schedule.js';
import type { TrainPlan } from './train-plan.js';
import type { Ballot, Manifest, ManifestModule } from './types.js';
import { formatInstant } from './zoned-time.js';

/** The manifest with its keys in the schema's order, whatever order a file had them in. */
export function manifestToJson(m: Manifest): Manifest {
  return {
    $schema: m.$schema,
    manifestVersion: m.manifestVersion,
    trainId: m.trainId,
    project: m.project,
    date: m.date,
    timeZone: m.timeZone,
    trigger: m.trigger,
    hotfix: m.hotfix && { modules: m.hotfix.modules, reason: m.hotfix.reason },
    environment: m.environment,
    namespace: m.namespace,
    voteClosesAt: m.voteClosesAt,
    buildUrl: m.buildUrl,
    waves: m.waves,
    modules: m.modules.map(moduleToJson),
    dropped: m.dropped.map((d) => ({ name: d.name, cause: d.cause, reason: d.reason, because: d.because })),
    unchanged: m.unchanged,
    decision: m.decision && {
      outcome: m.decision.outcome,
      reasons: m.decision.reasons,
      votes: m.decision.votes.map((v) => ({ ballot: v.ballot, role: v.role, module: v.module, vote: v.vote, by: v.by, reason: v.reason, modules: v.modules })),
    },
  };
}

function moduleToJson(m: ManifestModule): ManifestModule {
  return {
    name: m.name,
    wave: m.wave,
    version: m.version,
    channel: m.channel,
    commit: m.commit,
    releaseId: m.releaseId,
    image: { repository: m.image.repository, tag: m.image.tag, digest: m.image.digest, reference: m.image.reference },
    chart: { reference: m.chart.reference, version: m.chart.version },
    helmRelease: m.helmRelease,
    gate: gateSummaryOf(m.gate),
    replaces: m.replaces && { revision: m.replaces.revision, chartVersion: m.replaces.chartVersion, appVersion: m.replaces.appVersion },
    releaseNotes: m.releaseNotes,
  };
}

function ballotsToJson(ballots: readonly Ballot[]): object[] {
  return ballots.map((b) => ({ id: b.id, role: b.role, module: b.module, description: b.description, submitters: b.submitters, cancelsTrain: b.cancelsTrain, namesModules: b.namesModules }));
}

export function votersToJson(manifest: Manifest, ballots: readonly Ballot[], secondsToClose: number): object {
  return { trainId: manifest.trainId, voteClosesAt: manifest.voteClosesAt, secondsToClose, ballots: ballotsToJson(ballots) };
}

export function releaseDayToJson(day: ReleaseDay): object {
  return {
    date: day.date,
    timeZone: day.timeZone,
    weekday: day.weekday,
    releaseDay: day.releaseDay,
    reason: day.reason,
    freeze: day.freeze && { from: day.freeze.from, to: day.freeze.to, reason: day.freeze.reason },
  };
}

export function scheduleToJson(schedule: TrainSchedule): object {
  return {
    mode: schedule.mode,
    timeZone: schedule.timeZone,
    weekdays: schedule.weekdays,
    goNoGo: schedule.goNoGo,
    release: schedule.release,
    cron: { lines: schedule.cron.lines, spec: schedule.cron.spec },
    freeze: schedule.freeze.map((f) => ({ from: f.from, to: f.to, reason: f.reason })),
  };
}

export function upcomingToJson(upcoming: readonly { at: Date; day: ReleaseDay }[]): object[] {
  return upcoming.map(({ at, day }) => ({ at: formatInstant(at), date: day.date, weekday: day.weekday, releaseDay: day.releaseDay, reason: day.reason }));
}

export function trainPlanToJson(plan: TrainPlan): object {
  return {
    project: plan.project,
    schedule: scheduleToJson(plan.schedule),
    waves: plan.waves,
    rollbackWaves: plan.rollbackWaves,
    dropped: plan.dropped.map((d) => ({ name: d.name, cause: d.cause, reason: d.reason, because: d.because })),
    unchanged: plan.unchanged,
    ballots: ballotsToJson(plan.ballots),
    loadTest: plan.loadTest && { command: plan.loadTest.command, report: plan.loadTest.report, image: plan.loadTest.image, timeoutMinutes: plan.loadTest.timeoutMinutes },
  };
}
