// What a train would do, before there is a manifest: `gatehouse plan --train` and generated/README.md.
// For named modules, or for the candidates the pipeline found (then with what it would drop).
import type { LoadTest, Model } from '../model/types.js';
import { planBallots } from './ballots.js';
import { dependencyClosure, planWaves } from './graph.js';
import { narrowTrain } from './manifest.js';
import type { TrainSchedule } from './schedule.js';
import { planTrainSchedule } from './schedule.js';
import type { Selection } from './select.js';
import type { Ballot, DroppedModule } from './types.js';

export interface TrainPlan {
  project: string;
  schedule: TrainSchedule;
  /** Deploy waves of the train's modules, wave 1 first. */
  waves: string[][];
  /** The same waves, last wave first: the rollback order. */
  rollbackWaves: string[][];
  dropped: DroppedModule[];
  unchanged: string[];
  ballots: Ballot[];
  loadTest: LoadTest | null;
}

/** A train of the named modules (every module when none are named). */
export function planTrainOfModules(model: Model, names?: readonly string[]): TrainPlan {
  const members = names ?? model.modules.map((m) => m.name);
  return assemble(model, members, [], model.modules.map((m) => m.name).filter((name) => !members.includes(name)));
}

/** A train of the candidates a selection found releasable, without what depends on a dropped one. */
export function planTrainOfCandidates(model: Model, selection: Selection): TrainPlan {
  return assemble(model, selection.releasable.map((m) => m.name), selection.dropped, selection.unchanged);
}

function assemble(model: Model, members: readonly string[], dropped: readonly DroppedModule[], unchanged: string[]): TrainPlan {
  const closure = dependencyClosure(model.modules);
  const narrowed = narrowTrain(closure, members, dropped, dropped);
  const waves = planWaves(closure, narrowed.kept);
  return {
    project: model.project.name,
    schedule: planTrainSchedule(model.release),
    waves,
    rollbackWaves: [...waves].reverse(),
    dropped: [...dropped, ...narrowed.dropped],
    unchanged,
    ballots: planBallots(model, waves.flat()),
    loadTest: model.release.loadTest ?? null,
  };
}
