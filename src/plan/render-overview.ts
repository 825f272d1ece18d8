// `gatehouse plan` without --module: the whole project on one screen. What the builds do and who
// approves is project-wide (the branch flow and the environments' approvals), so it is said once;
// then one line per module, by wave, with what differs between modules.
import { plural } from '../util/plural.js';
import { STAGE_IDS } from '../model/types.js';
import { describeMatch, describeTarget, roleApprovers } from './describe.js';
import { formatTable, printable, renderRollback } from './render-text.js';
import type { BuildPlan, ModulePlan, Plan, PlannedStage } from './types.js';
import { STAGE_TITLES } from './stages.js';

export function renderPlanOverview(plan: Plan): string {
  const { project } = plan.model;
  const head = `${project.name}: ${plural(plan.modules.length, 'module')} in ${plural(plan.waves.length, 'deployment wave')}`;
  return [
    printable(head),
    '',
    plan.model.release.mode === 'train'
      ? 'Builds (the same for every module; the release train deploys to production after its vote: gatehouse plan --train):'
      : 'Builds (the same for every module; the module lead approves in the moduleLead role):',
    ...(plan.modules[0]?.builds ?? []).flatMap((build) => renderBuildSummary(plan, build)),
    '',
    'Modules by wave (a module deploys after every module it depends on; one wave deploys in parallel):',
    ...formatTable([['WAVE', 'MODULE', 'VERSION', 'LEAD', 'DEPENDS ON', 'SKIPS'], ...modulesByWave(plan).map(moduleRow)], '  '),
    ...renderRollback(plan),
    '',
    'Stages per build: gatehouse plan --module NAME (every module: --all; one build: --branch NAME).',
    '',
  ].join('\n');
}

/** Two or three lines: when it runs and where it deploys; its stages; who approves. */
function renderBuildSummary(plan: Plan, build: BuildPlan): string[] {
  const pad = ' '.repeat(15);
  const lines = [
    `  ${build.kind.padEnd(13)}${describeMatch(build.match)}; ${describeTarget(build)}`,
    `${pad}${build.stages.map(stageSummary).join(', ')}`,
  ];
  const approvals = build.stages.flatMap((s) => (s.approvals.length > 0 ? [s] : []));
  for (const stage of approvals) lines.push(`${pad}approvals in ${stage.environment ?? '-'}: ${approverSummary(plan, stage)}`);
  return lines.map(printable);
}

function stageSummary(stage: PlannedStage): string {
  return stage.requiresChannel === undefined ? stage.title : `${stage.title} (${stage.requiresChannel} build only)`;
}

/** "moduleLead (the module's lead, release-managers), sre (sre-team)": roles in the order asked. */
function approverSummary(plan: Plan, stage: PlannedStage): string {
  return stage.approvals
.map((gate) => `${gate.role} (${roleApprovers(plan, gate).join(', ')})`).join(', ');
}

function modulesByWave(plan: Plan): ModulePlan[] {
  const byName = new Map(plan.modules.map((m) => [m.module.name, m]));
  return plan.waves.flat().flatMap((name) => byName.get(name) ?? []);
}

function moduleRow({ module, wave }: ModulePlan): string[] {
  const skipped = STAGE_IDS.filter((id) => module.skip[id] !== undefined).map((id) => STAGE_TITLES[id]);
  const dependsOn = [...module.dependsOn].sort();
  return [String(wave), module.name, module.version, module.lead, dependsOn.join(', ') || '-', skipped.join(', ') || '-'];
}
