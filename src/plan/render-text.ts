// `gatehouse plan --module/--all` as text: per module, one table of stages per branch kind; then
// the waves and the rollback order. Pure: the CLI only prints the string.
import type { BranchKind } from '../model/types.js';
import { describeMatch, describeTarget, rollbackSteps, stageApprovals, stagePlace, stagePushes, stageRequirement } from './describe.js';
import type { BuildPlan, ModulePlan, Plan } from './types.js';
import { printable } from '../util/printable.js';

export { printable };

export interface TextSelection {
  modules?: readonly ModulePlan[];
  kinds?: readonly BranchKind[];
}

export function renderPlanText(plan: Plan, selection: TextSelection = {}): string {
  const modules = selection.modules ?? plan.modules;
  const sections = modules.map((m) => renderModule(plan.model.project.github.owner, m, selection.kinds));
  return [...sections, renderWaves(plan)].join('\n');
}

function renderModule(owner: string, modulePlan: ModulePlan, kinds: readonly BranchKind[] | undefined): string {
  const { module } = modulePlan;
  const head = `${module.name} ${module.version}  (wave ${modulePlan.wave}, lead ${module.lead}, repository ${owner}/${module.repository})`;
  const builds = modulePlan.builds.filter((b) => kinds === undefined || kinds.includes(b.kind));
  return [printable(head), ...builds.map(renderBuild)].join('\n') + '\n';
}

function renderBuild(build: BuildPlan): string {
  const title = `  ${build.kind}: ${describeMatch(build.match)}; ${describeTarget(build)}`;
  const rows: string[][] = [['STAGE', 'ENVIRONMENT/NAMESPACE', 'PUSHES', 'APPROVALS', 'REQUIRES', 'SKIPPED']];
  for (const stage of build.stages) {
    const [firstApproval = '-', ...moreApprovals] = stageApprovals(stage);
    const skipped = stage.skipReason ?? '-';
    rows.push([stage.title, stagePlace(stage), stagePushes(stage), firstApproval, stageRequirement(stage), skipped]);
    for (const approval of moreApprovals) rows.push(['', '', '', approval, '', '']);
  }
  return [printable(title), ...formatTable(rows, '    ')].join('\n');
}

/** The deployment waves and the rollback order, both numbered by wave. */
function renderWaves(plan: Plan): string {
  const deploy = plan.waves.map((names, wave) => `  wave ${wave}: ${names.join(', ')}`);
  return [
    'Deployment waves (a module deploys after every module it depends on; one wave deploys in parallel):',
    ...deploy,
    ...renderRollback(plan),
  ].map(printable).join('\n') + '\n';
}

/** The rollback order, each step numbered by the wave it undoes. */
export function renderRollback(plan: Plan): string[] {
  const steps = rollbackSteps(plan).map((step) => `  wave ${step.wave}: ${step.modules.join(', ')}`);
  return ['Rollback order (the last wave first):', ...steps].map(printable);
}

/** Left-aligned columns separated by two spaces; trailing blanks trimmed. */
export function formatTable(rows: readonly string[][], indent: string): string[] {
  const cells = rows.map((row) => row.map(printable));
  const widths: number[] = [];
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return cells.map((row) => (indent + row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).trimEnd());
}
