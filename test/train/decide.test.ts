// The go/no-go: who votes, and what the votes do. Table-driven over the cancel and drop rules.
import { expect } from 'chai';
import { planBallots } from '../../src/train/ballots.js';
import { decideTrain } from '../../src/train/decide.js';
import { buildManifest } from '../../src/train/manifest.js';
import { selectCandidates } from '../../src/train/select.js';
import type { TrainOutcome, VoteInput } from '../../src/train/types.js';
import { checkVotes } from '../../src/train/votes-check.js';
import { DIAMOND, everyoneChanged, expectValidManifest, graphModel } from './support.js';

/** Roles: lead (moduleLead), sre (cancels, the default), ops (drops what it names). */
const model = graphModel(DIAMOND, (raw) => {
  raw.release.approvers['sre'] = { description: 'Site reliability.', submitters: ['sre-team'] };
  const prod = raw.environments['prod'];
  if (prod) prod.approvals = ['lead', 'sre', 'ops'];
});
const REQUEST = { trainId: 't1', date: '2026-08-24', hotfix: null, voteClosesAt: '2026-08-24T17:00:00Z', buildUrl: null };
const manifest = buildManifest(model, selectCandidates(model, everyoneChanged(model), ['base', 'left', 'right', 'top']), REQUEST);
const ballots = planBallots(model, manifest.modules.map((m) => m.name));

const go = (ballot: string): VoteInput => ({ ballot, vote: 'GO', by: `${ballot}-voter`, reason: 'fine' });
const nogo = (ballot: string, modules?: string[]): VoteInput => ({ ballot, vote: 'NOGO', by: `${ballot}-voter`, reason: `no from ${ballot}`, ...(modules ? { modules } : {}) });
const everyGo = (): VoteInput[] => ballots.map((b) => go(b.id));
const replace = (votes: VoteInput[], vote: VoteInput) => votes.map((v) => (v.ballot === vote.ballot ? vote : v));
const without = (votes: VoteInput[], ballot: string) => votes.filter((v) => v.ballot !== ballot);

describe('train/decide: the go/no-go vote', () => {
  it('asks the lead role once per module in wave order, then each other role once, in the approvals order', () => {
    expect(ballots.map((b) => [b.id, b.module, b.submitters.join(','), b.cancelsTrain, b.namesModules])).to.deep.equal([
      ['lead-base', 'base', 'base-lead,leads,alice', false, false],
      ['lead-left', 'left', 'left-lead,leads,alice', false, false],
      ['lead-right', 'right', 'right-lead,leads,alice', false, false],
      ['lead-top', 'top', 'top-lead,leads,alice', false, false],
      ['sre', null, 'sre-team', true, false],
      ['ops', null, 'ops-team', false, true],
    ]);
  });

  const cases: [string, VoteInput[], TrainOutcome, string[][], string[]][] = [
    ['everybody says GO: the whole train goes', everyGo(), 'go', [['base'], ['left', 'right'], ['top']], []],
    ['NOGO from the lead of a leaf drops only it', replace(everyGo(), nogo('lead-top')), 'go', [['base'], ['left', 'right']], ['top:nogo']],
    ['NOGO from the lead of a diamond side drops the top too', replace(everyGo(), nogo('lead-left')), 'go', [['base'], ['right']], ['left:nogo', 'top:dependency']],
    ['NOGO from the lead of the base drops everything', replace(everyGo(), nogo('lead-base')), 'nothing-to-release', [], ['base:nogo', 'left:dependency', 'right:dependency', 'top:dependency']],
    ['NOGO from sre cancels the train', replace(everyGo(), nogo('sre')), 'cancelled', [['base'], ['left', 'right'], ['top']], []],
    ['no vote from sre cancels the train (no quorum)', without(everyGo(), 'sre'), 'cancelled', [['base'], ['left', 'right'], ['top']], []],
    ['no votes at all cancel the train', [], 'cancelled', [['base'], ['left', 'right'], ['top']], []],
    ['NOGO from ops naming right drops right and the top', replace(everyGo(), nogo('ops', ['right'])), 'go', [['base'], ['left']], ['right:nogo', 'top:dependency']],
    ['NOGO from ops naming nothing drops every module', replace(everyGo(), nogo('ops')), 'nothing-to-release', [], ['base:nogo', 'left:nogo', 'right:nogo', 'top:nogo']],
    ['no vote from ops cancels the train (no quorum)', without(everyGo(), 'ops'), 'cancelled', [['base'], ['left', 'right'], ['top']], []],
    ['no vote from a lead drops that module', without(everyGo(), 'lead-right'), 'go', [['base'], ['left']], ['right:noVote', 'top:dependency']],
  ];
  for (const [name, votes, outcome, waves, dropped] of cases) {
    it(name, () => {
      expect(checkVotes(votes, ballots, manifest), 'the votes are valid').to.deep.equal([]);
      const decided = expectValidManifest(decideTrain(model, manifest, votes), model);
      expect(decided.decision?.outcome).to.equal(outcome);
      expect(decided.waves).to.deep.equal(waves);
      expect(decided.dropped.map((d) => `${d.name}:${d.cause}`)).to.deep.equal(dropped);
      expect(decided.decision?.votes.map((v) => v.ballot)).to.deep.equal(ballots.map((b) => b.id).filter((id) => votes.some((v) => v.ballot === id)));
    });
  }

  it('says why a train was cancelled, with who voted', () => {
    const decided = decideTrain(model, manifest, without(replace(everyGo(), nogo('sre')), 'ops'));
    expect(decided.decision?.reasons).to.deep.equal(['sre (sre-voter) voted NOGO: no from sre', 'no vote from ops before the vote closed (no quorum)']);
  });

  it('records the NOGO reason on the dropped module', () => {
    const decided = decideTrain(model, manifest, replace(everyGo(), nogo('lead-top')));
    expect(decided.dropped).to.deep.equal([{ name: 'top', cause: 'nogo', reason: 'NOGO from lead (lead-top-voter): no from lead-top', because: [] }]);
  });

  it('lets a lead role in cancelRoles cancel the train', () => {
    const strict = graphModel(DIAMOND, (raw) => (raw.release.vote = { cancelRoles: ['lead'] }));
    const strictManifest = buildManifest(strict, selectCandidates(strict, everyoneChanged(strict), ['base']), REQUEST);
    const decided = decideTrain(strict, strictManifest, [nogo('lead-base'), go('ops')]);
    expect(decided.decision?.outcome).to.equal('cancelled');
  });

  const invalid: [string, VoteInput[], string[]][] = [
    ['a ballot the train does not have', [go('lead-leaf')], ['GH830']],
    ['the same ballot twice', [go('sre'), nogo('sre')], ['GH831']],
    ['a NOGO without a reason', [{ ...nogo('lead-top'), reason: '  ' }], ['GH832']],
    ['modules on a GO', [{ ...go('ops'), modules: ['top'] }], ['GH833']],
    ['modules on a cancel role\'s NOGO', [nogo('sre', ['top'])], ['GH833']],
    ['modules on a lead\'s NOGO', [nogo('lead-top', ['base'])], ['GH833']],
    ['a module not in the train', [nogo('ops', ['leaf', 'top'])], ['GH833']],
  ];
  for (const [name, votes, codes] of invalid) {
    it(`refuses ${name}`, () => expect(checkVotes(votes, ballots, manifest).map((f) => f.code)).to.deep.equal(codes));
  }
});
