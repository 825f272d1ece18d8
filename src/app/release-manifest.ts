// Use cases that write a manifest: plan one from the candidates (or narrow an existing one with
// drops), and decide one from the votes. The pipeline and a human run exactly this code. Every
// manifest that leaves here is checked against its schema and rules: a manifest that fails is a
// bug, never output.
import { checkSchema } from '../config/schema-check.js';
import { loadSchema } from '../config/load-schema.js';
import { InternalError } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/types.js';
import { planBallots } from '../train/ballots.js';
import { checkCandidates } from '../train/candidates-check.js';
import { decideTrain } from '../train/decide.js';
import type { Drop } from '../train/manifest.js';
import { buildManifest, dropModules } from '../train/manifest.js';
import { checkManifest } from '../train/manifest-check.js';
import { selectCandidates } from '../train/select.js';
import type { CandidatesFile, Manifest, VoteInput } from '../train/types.js';
import { checkVotes } from '../train/votes-check.js';
import { voteClosesAt } from '../train/vote-window.js';
import { zonedTimeOf } from '../train/zoned-time.js';
import { compareCodeUnits } from '../util/compare.js';
import type { ConfigSource } from './load-project.js';
import type { Failure, FileSource, Outcome } from './release-files.js';
import { loadModel, loadReleaseFile, releaseFileFailure, unknownModules } from './release-files.js';

export interface ManifestRequest {
  config: ConfigSource;
  /** Plan from the candidates, or narrow an existing manifest. */
  input: { candidates: FileSource } | { manifest: FileSource };
  trainId?: string;
  /** YYYY-MM-DD in the release time zone; default: today there. */
  date?: string;
  hotfix?: { modules: string[]; reason: string };
  /** Modules to drop by hand (NOGO), with the reason. */
  drops: { module: string; reason: string }[];
  buildUrl?: string;
  now: Date;
}

export async function planReleaseManifest(request: ManifestRequest): Promise<Outcome<Manifest>> {
  const loaded = await loadModel(request.config);
  if (!('model' in loaded)) return loaded;
  const { model } = loaded;
  const unknown = unknownModules(model, [...(request.hotfix?.modules ?? []), ...request.drops.map((d) => d.module)], request.config);
  if (unknown) return unknown;
  const drops = request.drops.map(({ module, reason }): Drop => ({ name: module, cause: 'nogo', reason }));
  const base = await startingManifest(model, request);
  if (!('manifest' in base)) return base;
  const notInTrain = request.drops.filter((d) => !base.manifest.modules.some((m) => m.name === d.module)).map((d) => `--drop ${d.module}: not in train ${base.manifest.trainId}, nothing to drop`);
  return { value: await assertValidManifest(model, dropModules(model, base.manifest, drops)), warnings: notInTrain };
}

async function startingManifest(model: Model, request: ManifestRequest): Promise<{ manifest: Manifest } | Failure> {
  if ('manifest' in request.input) {
    const loaded = await loadManifest(model, request.input.manifest);
    return 'data' in loaded ? { manifest: loaded.data } : loaded;
  }
  const candidates = await loadReleaseFile<CandidatesFile>('candidates', request.input.candidates, (file) => checkCandidates(file, model));
  if (!('data' in candidates)) return candidates;
  const date = request.date ?? zonedTimeOf(request.now, model.release.timeZone).date;
  const hotfix = request.hotfix ? { modules: [...new Set(request.hotfix.modules)].sort(compareCodeUnits), reason: request.hotfix.reason } : null;
  const selection = selectCandidates(model, candidates.data, hotfix?.modules);
  const trainId = request.trainId ?? `${model.project.name}-${date}${hotfix ? '-hotfix' : ''}`;
  const closes = voteClosesAt(model.release, date, hotfix !== null, request.now);
  return { manifest: buildManifest(model, selection, { trainId, date, hotfix, voteClosesAt: closes, buildUrl: request.buildUrl ?? null }) };
}

export interface DecideRequest {
  config: ConfigSource;
  manifest: FileSource;
  votes: FileSource;
}

export async function decideRelease(request: DecideRequest): Promise<Outcome<Manifest>> {
  const loaded = await loadModel(request.config);
  if (!('model' in loaded)) return loaded;
  const { model } = loaded;
  const manifest = await loadManifest(model, request.manifest);
  if (!('data' in manifest)) return manifest;
  if (manifest.data.decision !== null) {
    const message = `train ${manifest.data.trainId} is already decided (${manifest.data.decision.outcome})`;
    return releaseFileFailure('GH834', request.manifest, message, '/decision', 'decide the manifest written before the vote');
  }
  const ballots = planBallots(model, manifest.data.modules.map((m) => m.name));
  const votes = await loadReleaseFile<{ votes: VoteInput[] }>('votes', request.votes, (file) => checkVotes(file.votes, ballots, manifest.data));
  if (!('data' in votes)) return votes;
  return { value: await assertValidManifest(model, decideTrain(model, manifest.data, votes.data.votes)), warnings: [] };
}

/** A manifest file, checked against modules.yaml too. */
export function loadManifest(model: Model | undefined, file: FileSource) {
  return loadReleaseFile<Manifest>('manifest', file, (manifest) => checkManifest(manifest, model));
}

async function assertValidManifest(model: Model, manifest: Manifest): Promise<Manifest> {
  const findings = [...checkSchema(await loadSchema('release-manifest.schema.json'), manifest), ...checkManifest(manifest, model)];
  if (findings.length > 0) throw new InternalError(`the planned manifest is invalid: ${findings.map((f) => `${f.path.join('/')}: ${f.message}`).join('; ')}`);
  return manifest;
}
