// What changes in one module's builds, branch kind by branch kind: when a build runs, where it
// deploys, which stages it runs, what a stage requires, and who approves.
import { describeMatch } from '../plan/describe.js';
import type { ApprovalGate, BuildPlan, PlannedStage } from '../plan/types.js';
import type { ModuleChange, StageRef, Target } from './types.js';

export function compareBuilds(before: readonly BuildPlan[], after: readonly BuildPlan[]): ModuleChange[] {
  return after.flatMap((now) => {
    const was = before.find((b) => b.kind === now.kind);
    return was ? compareBuild(was, now) : [];
  });
}

function compareBuild(was: BuildPlan, now: BuildPlan): ModuleChange[] {
  const build = now.kind;
  const changes: ModuleChange[] = [];
  const [matchWas, matchNow] = [describeMatch(was.match), describeMatch(now.match)];
  if (matchWas !== matchNow) changes.push({ kind: 'trigger', build, before: matchWas, after: matchNow });
  const [targetWas, targetNow] = [targetOf(was), targetOf(now)];
  if (JSON.stringify(targetWas) !== JSON.stringify(targetNow)) changes.push({ kind: 'target', build, before: targetWas, after: targetNow });
  for (const stage of was.stages) {
    if (!now.stages.some((s) => s.id === stage.id)) changes.push({ kind: 'stage', build, change: 'removed', stage: stageRef(stage) });
  }
  for (const stage of now.stages) {
    const old = was.stages.find((s) => s.id === stage.id);
    if (!old) changes.push({ kind: 'stage', build, change: 'added', stage: stageRef(stage) });
    else if (old.requiresChannel !== stage.requiresChannel) {
      changes.push({ kind: 'requirement', build, stage: stageRef(stage), before: old.requiresChannel ?? null, after: stage.requiresChannel ?? null });
    }
  }
  return [...changes, ...compareApprovals(was, now)];
}

function compareApprovals(was: BuildPlan, now: BuildPlan): ModuleChange[] {
  const build = now.kind;
  const environment = now.environment ?? was.environment ?? null;
  const [before, after] = [approvalsOf(was), approvalsOf(now)];
  const changes: ModuleChange[] = [];
  for (const gate of before) {
    if (!after.some((g) => g.role === gate.role)) changes.push({ kind: 'approval', build, environment, change: 'removed', role: gate.role, submitters: gate.submitters });
  }
  for (const gate of after) {
    const old = before.find((g) => g.role === gate.role);
    if (!old) {
      changes.push({ kind: 'approval', build, environment, change: 'added', role: gate.role, submitters: gate.submitters });
      continue;
    }
    const added = gate.submitters.filter((s) => !old.submitters.includes(s));
    const removed = old.submitters.filter((s) => !gate.submitters.includes(s));
    if (added.length + removed.length > 0) changes.push({ kind: 'approvers', build, environment, role: gate.role, added, removed });
  }
  const common = (gates: ApprovalGate[], other: ApprovalGate[]) => gates.map((g) => g.role).filter((role) => other.some((o) => o.role === role));
  const [orderWas, orderNow] = [common(before, after), common(after, before)];
  if (orderWas.join() !== orderNow.join()) changes.push({ kind: 'approvalOrder', build, environment, before: orderWas, after: orderNow });
  return changes;
}

function approvalsOf(build: BuildPlan): ApprovalGate[] {
  return build.stages.flatMap((s) => s.approvals);
}

function targetOf(build: BuildPlan): Target {
  return { environment: build.environment ?? null, namespace: build.namespace ?? null, promotes: build.promotes };
}

function stageRef(stage: PlannedStage): StageRef {
  return { id: stage.id, title: stage.title, environment: stage.environment ?? null, namespace: stage.namespace ?? null };
}
