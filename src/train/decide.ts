// The go/no-go decision, from the ballots and the votes cast before the vote closed:
//   - a NOGO from a cancel role (release.vote.cancelRoles) cancels the train;
//   - a whole-train ballot nobody answered cancels it too: no quorum;
//   - a NOGO on a module lead's ballot drops that module; a NOGO from another role drops the
//     modules it names (every module when it names none); a module lead's ballot nobody answered
//     drops its module; each drop takes the modules of the train that depend on it along;
//   - what is left goes; when nothing is left there is nothing to release.
import type { Model } from '../model/types.js';
import { planBallots } from './ballots.js';
import type { Drop } from './manifest.js';
import { dropModules } from './manifest.js';
import type { Ballot, CastVote, Manifest, VoteInput } from './types.js';

export function decideTrain(model: Model, manifest: Manifest, votes: readonly VoteInput[]): Manifest {
  const ballots = planBallots(model, manifest.modules.map((m) => m.name));
  const cast = ballots.flatMap((ballot): CastVote[] => {
    const vote = votes.find((v) => v.ballot === ballot.id);
    return vote ? [{ ballot: ballot.id, role: ballot.role, module: ballot.module, vote: vote.vote, by: vote.by, reason: vote.reason, modules: vote.modules ?? [] }] : [];
  });
  const reasons = cancelReasons(ballots, cast);
  if (reasons.length > 0) return { ...manifest, decision: { outcome: 'cancelled', reasons, votes: cast } };
  const decided = dropModules(model, manifest, moduleDrops(manifest, ballots, cast));
  const outcome = decided.modules.length > 0 ? 'go' : 'nothing-to-release';
  return { ...decided, decision: { outcome, reasons: [], votes: cast } };
}

function cancelReasons(ballots: readonly Ballot[], cast: readonly CastVote[]): string[] {
  return ballots.flatMap((ballot): string[] => {
    const vote = cast.find((v) => v.ballot === ballot.id);
    if (ballot.module !== null && !ballot.cancelsTrain) return [];
    if (!vote) return ballot.module === null ? [`no vote from ${ballot.role} before the vote closed (no quorum)`] : [];
    return vote.vote === 'NOGO' && ballot.cancelsTrain ? [`${describeVoter(vote)} voted NOGO: ${vote.reason}`] : [];
  });
}

function moduleDrops(manifest: Manifest, ballots: readonly Ballot[], cast: readonly CastVote[]): Drop[] {
  const inTrain = manifest.modules.map((m) => m.name);
  return ballots.flatMap((ballot): Drop[] => {
    const vote = cast.find((v) => v.ballot === ballot.id);
    if (ballot.module !== null) {
      if (!vote) return [{ name: ballot.module, cause: 'noVote', reason: `no vote from ${ballot.role} before the vote closed` }];
      return vote.vote === 'NOGO' ? [{ name: ballot.module, cause: 'nogo', reason: `NOGO from ${describeVoter(vote)}: ${vote.reason}` }] : [];
    }
    if (vote?.vote !== 'NOGO') return [];
    const named = vote.modules.length > 0 ? vote.modules : inTrain;
    return named.map((name): Drop => ({ name, cause: 'nogo', reason: `NOGO from ${describeVoter(vote)}: ${vote.reason}` }));
  });
}

/** `sre (ravi.k)`. */
function describeVoter(vote: CastVote): string {
  return `${vote.role} (${vote.by})`;
}
