// The release commands' text output, for logs and people. Pure: the CLI prints the strings.
// User text (reasons, descriptions) goes through `printable`, so it cannot move the cursor.
import { formatTable, printable } from '../plan/render-text.js';
import { plural } from '../util/plural.js';
import { describeTrainSize } from './manifest.js';
import type { ReleaseDay } from './release-day.js';
import { describeFreeze } from './release-day.js';
import type { RollbackPlan } from './rollback.js';
import type { TrainSchedule } from './schedule.js';
import { describeScheduledTime } from './schedule.js';
import type { TrainPlan } from './train-plan.js';
import type { Ballot, Manifest, ManifestModule } from './types.js';
import { formatInstant, zonedTimeOf } from './zoned-time.js';

export function renderManifestText(manifest: Manifest): string {
  const hotfix = manifest.hotfix ? `, hotfix of ${manifest.hotfix.modules.join(', ')}: ${manifest.hotfix.reason}` : '';
  const lines = [
    `Train ${manifest.trainId} (${manifest.trigger}, ${manifest.date} ${manifest.timeZone}${hotfix})`,
    `Deploys to ${manifest.environment} (namespace ${manifest.namespace}); the vote closes at ${describeVoteClose(manifest)}`,
    `${describeTrainSize(manifest)}${manifest.modules.length > 0 ? ':' : ''}`,
  ];
  if (manifest.modules.length > 0) {
    const rows = [['WAVE', 'MODULE', 'VERSION', 'CHART VERSION', 'REPLACES'], ...manifest.modules.map(moduleRow)];
    lines.push(...formatTable(rows, '  '));
  }
  lines.push(...renderDropped(manifest), `Unchanged: ${manifest.unchanged.join(', ') || 'none'}`);
  if (manifest.decision) {
    const { outcome, reasons } = manifest.decision;
    lines.push(`Decision: ${outcome}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`);
  }
  return lines.map(printable).join('\n') + '\n';
}

/** `17:00 Asia/Kolkata (2026-08-24T11:30:00Z)`. */
export function describeVoteClose(manifest: Manifest): string {
  return `${zonedTimeOf(new Date(manifest.voteClosesAt), manifest.timeZone).time} ${manifest.timeZone} (${manifest.voteClosesAt})`;
}

function moduleRow(m: ManifestModule): string[] {
  const replaces = m.replaces ? `revision ${m.replaces.revision} (${m.replaces.chartVersion})` : 'nothing (first install)';
  return [String(m.wave), m.name, m.version, m.chart.version, replaces];
}

function renderDropped(manifest: Manifest): string[] {
  if (manifest.dropped.length === 0) return ['Dropped: none'];
  return ['Dropped:', ...manifest.dropped.map((d) => `  ${d.name}: ${d.reason}`)];
}

export function renderVotersText(manifest: Manifest, ballots: readonly Ballot[], secondsToClose: number): string {
  const head = `Train ${manifest.trainId}: ${plural(ballots.length, 'ballot')}; the vote closes at ${describeVoteClose(manifest)}, ${secondsToClose > 0 ? `in ${secondsToClose} s` : 'closed'}`;
  return [printable(head), ...renderBallotTable(ballots)].join('\n') + '\n';
}

/** One row per ballot: who may vote and what a NOGO does; shared by `release voters` and `plan --train`. */
function renderBallotTable(ballots: readonly Ballot[]): string[] {
  return formatTable([['BALLOT', 'WHO MAY VOTE', 'A NOGO'], ...ballots.map((b) => [b.id, b.submitters.join(', '), describeNogo(b)])], '  ');
}

export function describeNogo(ballot: Ballot): string {
  if (ballot.cancelsTrain) return 'cancels the train';
  if (ballot.module !== null) return `drops ${ballot.module} and what depends on it`;
  return 'drops the modules it names (all when none) and what depends on them';
}

export function renderRollbackText(plan: RollbackPlan): string {
  const head = `Rollback of train ${plan.trainId} in ${plan.environment} (namespace ${plan.namespace}): ${plan.steps.length === 0 ? 'nothing to roll back' : 'one step after the other, the modules of a step in parallel'}`;
  const rows = [['STEP', 'WAVE', 'MODULE', 'ACTION', 'FROM']];
  for (const step of plan.steps) {
    for (const m of step.modules) {
      const action = m.action === 'rollback' ? `helm rollback ${m.helmRelease} ${m.toRevision ?? ''} (${m.toChartVersion ?? ''})` : `helm uninstall ${m.helmRelease} (first install)`;
      rows.push([String(step.step), String(step.wave), m.name, action, m.fromChartVersion]);
    }
  }
  return [printable(head), ...(plan.steps.length > 0 ? formatTable(rows, '  ') : [])].join('\n') + '\n';
}

export function renderReleaseDayText(day: ReleaseDay): string {
  return printable(`${day.date} (${day.weekday}, ${day.timeZone}): ${day.releaseDay ? 'release day' : `no train: ${day.reason ?? ''}`}`) + '\n';
}

/** The schedule block shared by `release schedule` and `plan --train`. */
function renderScheduleLines(schedule: TrainSchedule): string[] {
  return [
    `Mode: ${schedule.mode}${schedule.mode === 'train' ? '' : ' (no train runs; each module promotes on its own)'}`,
    `Days: ${schedule.weekdays.join(', ')}`,
    `Go/no-go: ${describeScheduledTime(schedule.goNoGo, schedule.timeZone)}: the train collects the candidates and opens the vote`,
    `Release: ${describeScheduledTime(schedule.release, schedule.timeZone)}: the vote closes and wave 1 deploys`,
    `Jenkins trigger: cron('${schedule.cron.lines.join('\\n')}')`,
    schedule.freeze.length === 0 ? 'Freeze: none' : 'Freeze:',
    ...schedule.freeze.map((f) => `  ${describeFreeze(f)}: ${f.reason}`),
  ].map(printable);
}

export function renderTrainPlanText(plan: TrainPlan): string {
  const modules = plan.waves.flat().length;
  const lines = [
    `Release train of ${plan.project}`,
    ...renderScheduleLines(plan.schedule),
    '',
    `Train of ${plural(modules, 'module')} in ${plural(plan.waves.length, 'wave')} (a module deploys after every module of the train it depends on; one wave deploys in parallel):`,
    ...plan.waves.map((names, i) => `  wave ${i + 1}: ${names.join(', ')}`),
    ...(plan.dropped.length === 0 ? [] : ['Dropped:', ...plan.dropped.map((d) => `  ${d.name}: ${d.reason}`)]),
    `Unchanged: ${plan.unchanged.join(', ') || 'none'}`,
    'Votes (every ballot answered before the release time):',
    ...renderBallotTable(plan.ballots),
    `Load test: ${plan.loadTest ? `${plan.loadTest.command} (report ${plan.loadTest.report}, at most ${plan.loadTest.timeoutMinutes} min)` : 'none'}`,
    'Rollback order (the waves reversed):',
    ...plan.rollbackWaves.map((names, i) => `  ${i + 1}. wave ${plan.waves.length - i}: ${names.join(', ')}`),
  ];
  return lines.map(printable).join('\n') + '\n';
}

export function renderScheduleText(schedule: TrainSchedule, upcoming: readonly { at: Date; day: ReleaseDay }[]): string {
  const next = upcoming.map(({ at, day }) => {
    const local = zonedTimeOf(at, schedule.timeZone);
    return printable(`  ${day.date} ${day.weekday} ${local.time} ${schedule.timeZone} = ${formatInstant(at)}${day.releaseDay ? '' : `  no train: ${day.reason ?? ''}`}`);
  });
  return [...renderScheduleLines(schedule), `Next ${plural(upcoming.length, 'trigger')}:`, ...next].join('\n') + '\n';
}
