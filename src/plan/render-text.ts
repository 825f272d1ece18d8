// `gatehouse plan` as text: per module, one table of stages per branch kind; then the waves and
// the rollback order. Pure: the CLI only prints the string.
import type { BranchKind } from '../model/types.js';
import { describeMatch, describeTarget, stageGates, stagePlace, stagePushes } from './describe.js';
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
  const rows: string[][] = [['STAGE', 'ENVIRONMENT/NAMESPACE', 'PUSHES', 'GATE', 'SKIPPED']];
  for (const stage of build.stages) {
    const [firstGate = '-', ...moreGates] = stageGates(stage);
    const skipped = stage.skipReason ?? '-';
    rows.push([stage.title, stagePlace(stage), stagePushes(stage), firstGate, skipped]);
    for (const gate of moreGates) rows.push(['', '', '', gate, '']);
  }
  return [printable(title), ...formatTable(rows, '    ')].join('\n');
}

function renderWaves(plan: Plan): string {
  const deploy = plan.waves.map((names, wave) => `  wave ${wave}: ${names.join(', ')}`);
  const rollback = plan.rollbackWaves.map((names, step) => `  ${step + 1}. ${names.join(', ')}`);
  return [
    'Deployment waves (a module deploys after every module it depends on; one wave deploys in parallel):',
    ...deploy,
    'Rollback order (the waves reversed):',
    ...rollback,
  ].map(printable).join('\n') + '\n';
}

/** Left-aligned columns separated by two spaces; trailing blanks trimmed. */
export function formatTable(rows: readonly string[][], indent: string): string[] {
  const cells = rows.map((row) => row.map(printable));
  const widths: number[] = [];
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return cells.map((row) => (indent + row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).trimEnd());
}
