// What the votes schema cannot say: each vote answers a ballot of this train, once; a NOGO says
// why; only a NOGO on a whole-train ballot of a role that cannot cancel names modules, and only
// modules of the train.
import type { Finding } from '../config/finding.js';
import { didYouMean } from '../util/suggest.js';
import type { Ballot, Manifest, VoteInput } from './types.js';

export function checkVotes(votes: readonly VoteInput[], ballots: readonly Ballot[], manifest: Manifest): Finding[] {
  const ids = ballots.map((b) => b.id);
  const inTrain = manifest.modules.map((m) => m.name);
  return votes.flatMap((vote, index): Finding[] => {
    const at = (key: string, ...rest: number[]) => ['votes', index, key, ...rest];
    const ballot = ballots.find((b) => b.id === vote.ballot);
    if (!ballot) {
      return [{ code: 'GH830', message: `vote on ballot "${vote.ballot}", which train ${manifest.trainId} does not have`, path: at('ballot'), target: 'value', hint: didYouMean(vote.ballot, ids) ?? `ballots: ${ids.join(', ')}` }];
    }
    const findings: Finding[] = [];
    const first = votes.findIndex((v) => v.ballot === vote.ballot);
    if (first !== index) findings.push({ code: 'GH831', message: `ballot "${vote.ballot}" is answered again (first by votes[${first}])`, path: at('ballot'), target: 'value' });
    if (vote.vote === 'NOGO' && vote.reason.trim() === '') findings.push({ code: 'GH832', message: `the NOGO of ${vote.by} on "${vote.ballot}" gives no reason`, path: at('reason'), target: 'value', hint: 'a NOGO must say why; Slack and the manifest record it' });
    const modules = vote.modules ?? [];
    if (modules.length > 0 && !(vote.vote === 'NOGO' && ballot.namesModules)) {
      findings.push({ code: 'GH833', message: `the vote on "${vote.ballot}" names modules, but ${namesNoModulesBecause(vote, ballot)}`, path: at('modules'), target: 'key' });
    } else {
      modules.forEach((name, i) => {
        if (!inTrain.includes(name)) findings.push({ code: 'GH833', message: `the NOGO on "${vote.ballot}" names "${name}", which is not in train ${manifest.trainId}`, path: at('modules', i), target: 'value', hint: didYouMean(name, inTrain) ?? `modules in the train: ${inTrain.join(', ') || 'none'}` });
      });
    }
    return findings;
  });
}

function namesNoModulesBecause(vote: VoteInput, ballot: Ballot): string {
  if (vote.vote === 'GO') return 'a GO stops nothing';
  if (ballot.module !== null) return `a module lead's ballot is about ${ballot.module} only`;
  return `a NOGO from ${ballot.role} cancels the whole train`;
}
