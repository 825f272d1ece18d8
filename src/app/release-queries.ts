// Use cases that answer the release pipeline's questions without writing anything: who votes on
// a manifest and for how long, the rollback plan, whether a date is a release day, when the
// next trains run, and what a train of given candidates would do.
import type { Model } from '../model/types.js';
import { planBallots } from '../train/ballots.js';
import type { DeployPlan } from '../train/deploy-plan.js';
import { planDeploy } from '../train/deploy-plan.js';
import { nextTriggers } from '../train/cron-eval.js';
import type { ReleaseDay } from '../train/release-day.js';
import { releaseDayOf } from '../train/release-day.js';
import type { RollbackPlan } from '../train/rollback.js';
import { planRollback } from '../train/rollback.js';
import type { TrainSchedule } from '../train/schedule.js';
import { planTrainSchedule } from '../train/schedule.js';
import type { Ballot, CandidatesFile, Manifest } from '../train/types.js';
import { checkCandidates } from '../train/candidates-check.js';
import { selectCandidates } from '../train/select.js';
import type { TrainPlan } from '../train/train-plan.js';
import { planTrainOfCandidates, planTrainOfModules } from '../train/train-plan.js';
import { zonedTimeOf } from '../train/zoned-time.js';
import { didYouMean } from '../util/suggest.js';
import type { ConfigSource } from './load-project.js';
import type { Failure, FileSource, Outcome } from './release-files.js';
import { commandLineFailure, loadModel, loadReleaseFile, releaseFileFailure, unknownModules } from './release-files.js';
import { loadManifest } from './release-manifest.js';

export interface Voters {
  manifest: Manifest;
  ballots: Ballot[];
  /** Seconds from `now` until the vote closes; 0 once it has closed. */
  secondsToClose: number;
}

export async function listVoters(config: ConfigSource, file: FileSource, now: Date): Promise<Outcome<Voters>> {
  const loaded = await loadManifestWithModel(config, file);
  if (!('manifest' in loaded)) return loaded;
  const { model, manifest } = loaded;
  const ballots = planBallots(model, manifest.modules.map((m) => m.name));
  const secondsToClose = Math.max(0, Math.floor((Date.parse(manifest.voteClosesAt) - now.getTime()) / 1000));
  return { value: { manifest, ballots, secondsToClose }, warnings: [] };
}

/** The deploy plan of a train decided GO; any other manifest has nothing to deploy. */
export async function planManifestDeploy(config: ConfigSource, file: FileSource): Promise<Outcome<DeployPlan>> {
  const loaded = await loadManifestWithModel(config, file);
  if (!('manifest' in loaded)) return loaded;
  const { model, manifest } = loaded;
  const outcome = manifest.decision?.outcome ?? 'undecided';
  if (outcome !== 'go') return releaseFileFailure('GH835', file, `train ${manifest.trainId} is ${outcome}, not decided go: nothing to deploy`, '/decision', 'deploy only what gatehouse release decide decided go');
  return { value: planDeploy(model, manifest), warnings: [] };
}

async function loadManifestWithModel(config: ConfigSource, file: FileSource): Promise<{ model: Model; manifest: Manifest } | Failure> {
  const loaded = await loadModel(config);
  if (!('model' in loaded)) return loaded;
  const manifest = await loadManifest(loaded.model, file);
  return 'data' in manifest ? { model: loaded.model, manifest: manifest.data } : manifest;
}

/** Reads only the manifest: a rollback must be possible with nothing but the archived file. */
export async function planManifestRollback(file: FileSource, touched: readonly string[] | undefined): Promise<Outcome<RollbackPlan>> {
  const manifest = await loadManifest(undefined, file);
  if (!('data' in manifest)) return manifest;
  const names = manifest.data.modules.map((m) => m.name);
  const unknown = (touched ?? []).find((name) => !names.includes(name));
  if (unknown !== undefined) {
    return commandLineFailure(`--deployed names ${JSON.stringify(unknown)}, which is not a module of train ${manifest.data.trainId}`, didYouMean(unknown, names) ?? `its modules: ${names.join(', ') || 'none'}`);
  }
  return { value: planRollback(manifest.data, touched), warnings: [] };
}

/** `date` (YYYY-MM-DD in the release time zone), or the day it is there at `now`. */
export async function answerReleaseDay(config: ConfigSource, date: string | undefined, now: Date): Promise<Outcome<ReleaseDay>> {
  const loaded = await loadModel(config);
  if (!('model' in loaded)) return loaded;
  const { release } = loaded.model;
  return { value: releaseDayOf(release, date ?? zonedTimeOf(now, release.timeZone).date), warnings: [] };
}

export interface UpcomingTrain {
  /** The trigger instant. */
  at: Date;
  day: ReleaseDay;
}

export interface ScheduleAnswer {
  schedule: TrainSchedule;
  upcoming: UpcomingTrain[];
}

/** The schedule and the next `count` triggers from `now`, each with whether that day releases. */
export async function listSchedule(config: ConfigSource, count: number, now: Date): Promise<Outcome<ScheduleAnswer>> {
  const loaded = await loadModel(config);
  if (!('model' in loaded)) return loaded;
  return { value: scheduleOf(loaded.model, count, now), warnings: [] };
}

function scheduleOf(model: Model, count: number, now: Date): ScheduleAnswer {
  const schedule = planTrainSchedule(model.release);
  const upcoming = nextTriggers(schedule.cron.spec, now, count).map((at) => ({ at, day: releaseDayOf(model.release, zonedTimeOf(at, schedule.timeZone).date) }));
  return { schedule, upcoming };
}

export interface TrainPlanRequest {
  config: ConfigSource;
  /** Only these modules (a hotfix); all when undefined. */
  modules?: string[];
  /** The candidates the pipeline found: plan with what it would release and drop. */
  candidates?: FileSource;
}

export async function planTrainFor(request: TrainPlanRequest): Promise<Outcome<TrainPlan>> {
  const loaded = await loadModel(request.config);
  if (!('model' in loaded)) return loaded;
  const { model } = loaded;
  const unknown = unknownModules(model, request.modules ?? [], request.config);
  if (unknown) return unknown;
  if (!request.candidates) return { value: planTrainOfModules(model, request.modules), warnings: [] };
  const candidates = await loadReleaseFile<CandidatesFile>('candidates', request.candidates, (file) => checkCandidates(file, model));
  if (!('data' in candidates)) return candidates;
  return { value: planTrainOfCandidates(model, selectCandidates(model, candidates.data, request.modules)), warnings: [] };
}
