// docs/release-train.md shows real files: its candidates example gives exactly its manifest
// example, and its votes example answers that manifest's ballots. The examples are what the
// release pipeline is built from, so they must not drift from the code.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchema } from '../../src/config/schema-check.js';
import type { Model } from '../../src/model/types.js';
import { planBallots } from '../../src/train/ballots.js';
import { checkCandidates } from '../../src/train/candidates-check.js';
import { buildManifest } from '../../src/train/manifest.js';
import { selectCandidates } from '../../src/train/select.js';
import type { CandidatesFile, Manifest, VoteInput } from '../../src/train/types.js';
import { checkVotes } from '../../src/train/votes-check.js';
import { PACKAGE_ROOT, SCHEMAS_DIR } from '../../src/util/paths.js';
import { expectValidManifest, repositoryModel } from './support.js';

const DOC = readFileSync(join(PACKAGE_ROOT, 'docs', 'release-train.md'), 'utf8');
const schema = (name: string) => JSON.parse(readFileSync(join(SCHEMAS_DIR, name), 'utf8')) as object;

/** The ```json block of the docs whose text contains `marker`. */
function example<T>(marker: string): T {
  const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((block) => block.includes(marker));
  expect(blocks, marker).to.have.length(1);
  return JSON.parse(blocks[0] ?? '') as T;
}

describe('docs/release-train.md: the examples are real', () => {
  let model: Model;
  before(async () => {
    model = await repositoryModel();
  });

  it('the candidates example is valid, and planning it gives the manifest example', () => {
    const candidates = example<CandidatesFile>('"candidates"');
    expect(checkSchema(schema('release-candidates.schema.json'), candidates)).to.deep.equal([]);
    expect(checkCandidates(candidates, model)).to.deep.equal([]);
    const manifest = expectValidManifest(example<Manifest>('"manifestVersion"'), model);
    const planned = buildManifest(model, selectCandidates(model, candidates), {
      trainId: manifest.trainId, date: manifest.date, hotfix: null, voteClosesAt: '2026-08-24T11:30:00Z', buildUrl: manifest.buildUrl,
    });
    expect(planned).to.deep.equal(manifest);
  });

  it('the votes example answers the ballots of the manifest example', () => {
    const manifest = example<Manifest>('"manifestVersion"');
    const votes = example<{ votes: VoteInput[] }>('"votes"');
    expect(checkSchema(schema('release-votes.schema.json'), votes)).to.deep.equal([]);
    expect(checkVotes(votes.votes, planBallots(model, manifest.modules.map((m) => m.name)), manifest)).to.deep.equal([]);
  });
});
