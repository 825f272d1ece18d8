// Everything generated/README.md shows, computed from the Plan and escaped for Markdown here, so
// the template only lays it out.
import { BRANCH_KINDS, STAGE_IDS } from '../../model/types.js';
import type { BranchKind, StageId } from '../../model/types.js';
import { describeMatch, describeTarget, roleApprovers, rollbackSteps } from '../../plan/describe.js';
import { waveLabel } from '../../plan/graph.js';
import { renderMermaidThatFits } from '../../plan/graph-fit.js';
import { STAGE_TITLES } from '../../plan/stages.js';
import type { ApprovalGate, ModulePlan, Plan } from '../../plan/types.js';
import { markdownRow, markdownText } from '../../render/markdown.js';
import { compareCodeUnits } from '../../util/compare.js';
import type { TrainView } from './train-view.js';
import { buildTrainView } from './train-view.js';

export interface DocsView {
  project: string;
  description: string;
  mermaid: string;
  /** Set when the graph is drawn by wave because it is too big for GitHub; says so. */
  mermaidNote: string;
  waves: string[];
  rollback: string[];
  kinds: string[];
  matrixHeader: string;
  matrixRule: string;
  matrix: string[];
  approvals: string[];
  modules: string[];
  train: TrainView;
}

export function buildDocsView(plan: Plan): DocsView {
  return {
    project: markdownText(plan.model.project.name),
    description: markdownText(plan.model.project.description),
    // The fence cannot be closed from inside: Mermaid labels carry no backticks (see mermaidText).
    ...fittedMermaid(plan),
    waves: plan.waves.map((names, wave) => markdownRow([markdownText(waveLabel(wave)), moduleList(names)])),
    rollback: rollbackSteps(plan).map((step) => markdownRow([markdownText(`Wave ${step.wave}`), moduleList(step.modules)])),
    kinds: plan.modules[0] ? plan.modules[0].builds.map((b) => markdownRow([b.kind, markdownText(describeMatch(b.match)), markdownText(describeTarget(b))])) : [],
    matrixHeader: markdownRow(['Stage', ...BRANCH_KINDS]),
    matrixRule: markdownRow(['---', ...BRANCH_KINDS.map(() => '---')]),
    matrix: matrixRows(plan),
    approvals: approvalRows(plan),
    modules: plan.modules.map((m) => moduleRow(plan.model.project.github.owner, m)),
    train: buildTrainView(plan.model),
  };
}

function fittedMermaid(plan: Plan): { mermaid: string; mermaidNote: string } {
  const fitted = renderMermaidThatFits(plan);
  // The note is gatehouse's own words and numbers, with Markdown code spans meant as such.
  return { mermaid: fitted.text, mermaidNote: fitted.summaryNote ?? '' };
}

function moduleList(names: readonly string[]): string {
  return names.map(markdownText).join(', ');
}

/** One row per stage that any build runs; a cell says where the stage runs for that branch kind. */
function matrixRows(plan: Plan): string[] {
  const cells = cellsByKind(plan);
  const cell = (id: StageId, kind: BranchKind) => cells.get(kind)?.get(id);
  const used = STAGE_IDS.filter((id) => BRANCH_KINDS.some((kind) => cell(id, kind) !== undefined));
  return used.map((id) => markdownRow([markdownText(STAGE_TITLES[id]), ...BRANCH_KINDS.map((kind) => matrixCell(cell(id, kind)))]));
}

/** What one cell of the matrix says about every module's stage of one id in builds of one kind. */
interface Cell {
  namespaces: Set<string | undefined>;
  channels: Set<string>;
  /** The modules that turned the stage off, in module order. */
  skippedBy: string[];
}

/**
 * Every cell by branch kind and stage, gathered from every module's stages in module order (a
 * module has one build per kind). Keyed by the two names as they are: a key joined from them is a
 * new string to hash for each of every module's stages.
 */
function cellsByKind(plan: Plan): Map<BranchKind, Map<StageId, Cell>> {
  const cells = new Map<BranchKind, Map<StageId, Cell>>();
  for (const m of plan.modules) {
    for (const build of m.builds) {
      let row = cells.get(build.kind);
      if (row === undefined) cells.set(build.kind, (row = new Map<StageId, Cell>()));
      for (const stage of build.stages) {
        let cell = row.get(stage.id);
        if (cell === undefined) row.set(stage.id, (cell = { namespaces: new Set(), channels: new Set(), skippedBy: [] }));
        cell.namespaces.add(stage.namespace);
        if (stage.requiresChannel !== undefined) cell.channels.add(stage.requiresChannel);
        if (stage.skipReason !== undefined) cell.skippedBy.push(m.module.name);
      }
    }
  }
  return cells;
}

/**
 * "namespace X" or "runs" where the stage runs; "-" where it does not; modules that turned the
 * stage off are named, since for them the stage is shown but skipped.
 */
function matrixCell(cell: Cell | undefined): string {
  if (cell === undefined) return '-';
  const places = [...cell.namespaces].map((namespace) => (namespace === undefined ? 'runs' : `namespace ${namespace}`)).sort();
  const gate = cell.channels.size === 0 ? '' : ` (build must be ${[...cell.channels].sort().join(' or ')})`;
  const skipped = cell.skippedBy.length === 0 ? '' : `; skipped by ${cell.skippedBy.join(', ')}`;
  return markdownText(places.join(', ') + gate + skipped);
}

/** The approvals of the first module that asks any, with the module lead shown as a role. */
function approvalRows(plan: Plan): string[] {
  for (const { builds } of plan.modules) {
    for (const build of builds) {
      const stage = build.stages.find((s) => s.approvals.length > 0);
      if (stage) return stage.approvals.map((gate) => approvalRow(plan, gate, build.environment ?? ''));
    }
  }
  return [];
}

function approvalRow(plan: Plan, gate: ApprovalGate, environment: string): string {
  return markdownRow([markdownText(gate.role), markdownText(environment), markdownText(roleApprovers(plan, gate).join(', ')), markdownText(gate.description)]);
}

function moduleRow(owner: string, modulePlan: ModulePlan): string {
  const { module } = modulePlan;
  const skipped = Object.entries(module.skip)
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([stage, reason]) => `${STAGE_TITLES[stage as StageId]}: ${reason}`);
  return markdownRow([
    markdownText(module.name),
    markdownText(module.version),
    String(modulePlan.wave),
    markdownText(module.lead),
    markdownText(`${owner}/${module.repository}`),
    module.dependsOn.length === 0 ? '-' : moduleList(module.dependsOn),
    skipped.length === 0 ? '-' : skipped.map(markdownText).join('<br>'),
    markdownText(module.description),
  ]);
}
