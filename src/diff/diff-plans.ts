// `gatehouse diff`'s comparison: two Plans and the files each generates in, the changes a
// reviewer needs out. Pure: the git side (reading the old modules.yaml) is done by the caller.
import type { FileSet } from '../emit/types.js';
import type { Model } from '../model/types.js';
import type { ModulePlan, Plan } from '../plan/types.js';
import { compareCodeUnits } from '../util/compare.js';
import { moduleOfPath } from '../emit/types.js';
import { diffFileSets } from './files.js';
import type { OrderContext } from './modules.js';
import { compareModule, moduleFacts } from './modules.js';
import { waveNumbers } from './order.js';
import { canonical, diffSettings, withoutKeys } from './settings.js';
import type { FileChange, ModuleChange, ModuleDiff, PlanDiff, SharedChanges } from './types.js';

/** One side of the comparison: a Plan and what the emitters make of it. */
export interface DiffSide {
  plan: Plan;
  files: FileSet;
}

export function diffPlans(before: DiffSide, after: DiffSide): PlanDiff {
  const files = diffFileSets(before.files, after.files);
  const wasByName = byName(before.plan);
  const nowByName = byName(after.plan);
  const names = [...new Set([...wasByName.keys(), ...nowByName.keys()])].sort(compareCodeUnits);
  const common = names.filter((n) => wasByName.has(n) && nowByName.has(n));
  const order: OrderContext = { before: waveNumbers(before.plan.waves), after: waveNumbers(after.plan.waves), common };
  const changesOf = new Map(common.map((n) => [n, compareModule(wasByName.get(n)!, nowByName.get(n)!, order)]));
  const shared = groupSharedChanges(changesOf, common);
  const isShared = (name: string, change: ModuleChange) => shared.some((g) => g.modules.includes(name) && g.changes.some((c) => canonical(c) === canonical(change)));
  const modules = names.flatMap((name): ModuleDiff[] => {
    const [was, now] = [wasByName.get(name), nowByName.get(name)];
    const own = (changesOf.get(name) ?? []).filter((c) => !isShared(name, c));
    const moduleFiles = files.filter((f) => moduleOfPath(f.path) === name);
    if (was && now && own.length === 0 && moduleFiles.length === 0) return [];
    const status = !was ? 'added' : !now ? 'removed' : 'changed';
    return [{ name, status, before: was ? moduleFacts(was) : null, after: now ? moduleFacts(now) : null, changes: own, files: moduleFiles }];
  });
  const project = diffSettings(projectSettings(before.plan.model), projectSettings(after.plan.model));
  const sharedFiles = files.filter((f) => moduleOfPath(f.path) === undefined);
  const changedCommon = common.filter((n) => (changesOf.get(n) ?? []).length > 0 || files.some((f) => moduleOfPath(f.path) === n));
  const summary = {
    modulesAdded: modules.filter((m) => m.status === 'added').length,
    modulesRemoved: modules.filter((m) => m.status === 'removed').length,
    modulesChanged: changedCommon.length,
    ...countFiles(files),
  };
  const changed = project.length + shared.length + modules.length + sharedFiles.length > 0;
  return { changed, summary, project, shared, modules, sharedFiles, waves: { before: before.plan.waves, after: after.plan.waves } };
}

function byName(plan: Plan): Map<string, ModulePlan> {
  return new Map(plan.modules.map((m) => [m.module.name, m]));
}

/**
 * Changes that more than half of the modules in both Plans have (at least two), grouped by the
 * modules that have them, so a project-wide change is said once and its exceptions named.
 */
function groupSharedChanges(changesOf: ReadonlyMap<string, ModuleChange[]>, common: readonly string[]): SharedChanges[] {
  const groups = new Map<string, SharedChanges>();
  const seen = new Set<string>();
  for (const name of common) {
    for (const change of changesOf.get(name) ?? []) {
      const key = canonical(change);
      if (seen.has(key)) continue;
      seen.add(key);
      const modules = common.filter((n) => (changesOf.get(n) ?? []).some((c) => canonical(c) === key));
      if (modules.length < 2 || modules.length * 2 <= common.length) continue;
      const group = groups.get(modules.join()) ?? { modules, except: common.filter((n) => !modules.includes(n)), changes: [] };
      group.changes.push(change);
      groups.set(modules.join(), group);
    }
  }
  // Changes every module has come first; the sort is stable, so ties keep the order met.
  return [...groups.values()].sort((a, b) => b.modules.length - a.modules.length);
}

/**
 * Project-wide settings whose effect is not already a module change: the branch flow and the
 * quality thresholds show as changes of every module's builds and thresholds instead.
 */
function projectSettings(model: Model): Partial<Model> {
  return withoutKeys(model, ['modules', 'branchFlow', 'quality']);
}

function countFiles(files: readonly FileChange[]): { filesChanged: number; linesAdded: number; linesRemoved: number } {
  return {
    filesChanged: files.length,
    linesAdded: files.reduce((n, f) => n + f.linesAdded, 0),
    linesRemoved: files.reduce((n, f) => n + f.linesRemoved, 0),
  };
}
