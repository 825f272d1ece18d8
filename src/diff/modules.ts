// What changes for one module present in both Plans, in the order a reviewer reads it: identity
// and place in the deploy order first, then its builds, then thresholds and other settings.
import { STAGE_IDS } from '../model/types.js';
import type { Module } from '../model/types.js';
import { STAGE_TITLES } from '../plan/stages.js';
import type { ModulePlan } from '../plan/types.js';
import { compareBuilds } from './builds.js';
import type { Waves } from './order.js';
import { orderChanges } from './order.js';
import { diffSettings, withoutKeys } from './settings.js';
import type { ModuleChange, ModuleFacts } from './types.js';

export interface OrderContext {
  before: Waves;
  after: Waves;
  /** Modules in both Plans, sorted. */
  common: readonly string[];
}

export function compareModule(was: ModulePlan, now: ModulePlan, order: OrderContext): ModuleChange[] {
  const name = now.module.name;
  const changes: ModuleChange[] = [];
  if (was.module.version !== now.module.version) changes.push({ kind: 'version', before: was.module.version, after: now.module.version });
  const added = now.module.dependsOn.filter((d) => !was.module.dependsOn.includes(d)).sort();
  const removed = was.module.dependsOn.filter((d) => !now.module.dependsOn.includes(d)).sort();
  if (added.length + removed.length > 0) changes.push({ kind: 'dependencies', added, removed });
  if (was.wave !== now.wave) changes.push({ kind: 'wave', before: was.wave, after: now.wave });
  return [
    ...changes,
    ...orderChanges(name, order.before, order.after, order.common),
    ...compareBuilds(was.builds, now.builds),
    ...compareSkips(was.module, now.module),
    ...diffSettings(was.module.quality, now.module.quality).map((c): ModuleChange => ({ kind: 'quality', ...c })),
    ...diffSettings(otherSettings(was.module), otherSettings(now.module)).map((c): ModuleChange => ({ kind: 'setting', ...c })),
  ];
}

export function moduleFacts(modulePlan: ModulePlan): ModuleFacts {
  const { module, wave } = modulePlan;
  return { version: module.version, wave, lead: module.lead, dependsOn: [...module.dependsOn].sort() };
}

function compareSkips(was: Module, now: Module): ModuleChange[] {
  return STAGE_IDS.flatMap((id): ModuleChange[] => {
    const [before, after] = [was.skip[id] ?? null, now.skip[id] ?? null];
    return before === after ? [] : [{ kind: 'skip', stage: id, title: STAGE_TITLES[id], before, after }];
  });
}

/** The module's settings that have no change kind of their own (chart, commands, lead, ...). */
function otherSettings(module: Module): Partial<Module> {
  return withoutKeys(module, ['name', 'version', 'dependsOn', 'skip', 'quality']);
}
