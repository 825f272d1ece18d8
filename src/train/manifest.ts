// The release manifest: the unit of promotion. Planned from the candidates, narrowed by drops
// (NOGO votes, `--drop`), each of which takes every module of the train that depends on the
// dropped one with it; the waves are planned again over what is left.
import type { Model } from '../model/types.js';
import { compareCodeUnits } from '../util/compare.js';
import { plural } from '../util/plural.js';
import { dependencyClosure, dependentsOf, planWaves } from './graph.js';
import type { Selection } from './select.js';
import type { DroppedModule, Manifest, ManifestModule } from './types.js';
import { MANIFEST_SCHEMA_ID } from './types.js';

/** Everything about a train that does not come from the candidates. */
export interface TrainRequest {
  trainId: string;
  date: string;
  hotfix: { modules: string[]; reason: string } | null;
  voteClosesAt: string;
  buildUrl: string | null;
}

/** A module to drop, by hand or by vote. */
export type Drop = Omit<DroppedModule, 'because'>;

export function buildManifest(model: Model, selection: Selection, request: TrainRequest): Manifest {
  const environment = model.environments.find((e) => e.name === model.branchFlow.master.environment);
  if (!environment) throw new Error('internal: the train needs the environment branchFlow.master deploys to');
  const manifest: Manifest = {
    $schema: MANIFEST_SCHEMA_ID,
    manifestVersion: 1,
    trainId: request.trainId,
    project: model.project.name,
    date: request.date,
    timeZone: model.release.timeZone,
    trigger: request.hotfix ? 'hotfix' : 'schedule',
    hotfix: request.hotfix,
    environment: environment.name,
    namespace: environment.namespace,
    voteClosesAt: request.voteClosesAt,
    buildUrl: request.buildUrl,
    waves: [],
    modules: selection.releasable,
    dropped: selection.dropped,
    unchanged: selection.unchanged,
    decision: null,
  };
  // Candidates that cannot go take their dependents with them, exactly like a NOGO.
  return dropModules(model, manifest, selection.dropped);
}

/**
 * The manifest without the dropped modules and every module of the train that depends on one of
 * them, directly or through modules outside the train; waves planned again. A drop of a module
 * outside the train changes nothing, unless it is already dropped: then its dependents go.
 */
export function dropModules(model: Model, manifest: Manifest, drops: readonly Drop[]): Manifest {
  const closure = dependencyClosure(model.modules);
  const { kept, dropped } = narrowTrain(closure, manifest.modules.map((m) => m.name), manifest.dropped, drops);
  const modules = manifest.modules.filter((m) => kept.includes(m.name));
  return { ...manifest, ...planModules(closure, modules), dropped: [...manifest.dropped, ...dropped] };
}

/** The members left after `drops` (of members or of already `dropped` modules) and their dependents, and the new drops. */
export function narrowTrain(closure: ReadonlyMap<string, ReadonlySet<string>>, members: readonly string[], dropped: readonly DroppedModule[], drops: readonly Drop[]): { kept: string[]; dropped: DroppedModule[] } {
  const wasDropped = (name: string) => dropped.some((d) => d.name === name);
  const roots = uniqueByName(drops).filter((drop) => members.includes(drop.name) || wasDropped(drop.name));
  const rootNames = roots.map((d) => d.name);
  const remaining = members.filter((name) => !rootNames.includes(name));
  const dependents = dependentsOf(closure, remaining, rootNames);
  return {
    kept: remaining.filter((name) => !dependents.some((d) => d.name === name)),
    dropped: [
      ...roots.filter((d) => !wasDropped(d.name)).map(({ name, cause, reason }): DroppedModule => ({ name, cause, reason, because: [] })),
      ...dependents.map(({ name, because }): DroppedModule => ({ name, cause: 'dependency', reason: dependencyReason(because), because })),
    ],
  };
}

/** Modules with their wave set, in wave order then by name, and the waves. */
function planModules(closure: ReadonlyMap<string, ReadonlySet<string>>, modules: readonly ManifestModule[]): Pick<Manifest, 'waves' | 'modules'> {
  const waves = planWaves(closure, modules.map((m) => m.name));
  const waveOf = (name: string) => waves.findIndex((wave) => wave.includes(name)) + 1;
  const planned = modules.map((m) => ({ ...m, wave: waveOf(m.name) })).sort((a, b) => a.wave - b.wave || compareCodeUnits(a.name, b.name));
  return { waves, modules: planned };
}

function uniqueByName(drops: readonly Drop[]): Drop[] {
  return drops.filter((drop, index) => drops.findIndex((d) => d.name === drop.name) === index);
}

function dependencyReason(because: readonly string[]): string {
  return `depends on ${because.join(', ')}, which ${because.length === 1 ? 'is' : 'are'} not released in this train`;
}

/** `3 modules in 2 waves`. */
export function describeTrainSize(manifest: Manifest): string {
  return `${plural(manifest.modules.length, 'module')} in ${plural(manifest.waves.length, 'wave')}`;
}
