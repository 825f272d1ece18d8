// Planning a manifest from candidates, and dropping modules from it. Every manifest made here
// must validate against schemas/release-manifest.schema.json and its rules.
import { expect } from 'chai';
import type { Model } from '../../src/model/types.js';
import type { Drop, TrainRequest } from '../../src/train/manifest.js';
import { buildManifest, dropModules } from '../../src/train/manifest.js';
import { selectCandidates } from '../../src/train/select.js';
import type { CandidatesFile, Manifest } from '../../src/train/types.js';
import { DIAMOND, candidate, everyoneChanged, expectValidManifest, graphModel, production } from './support.js';

const REQUEST: TrainRequest = { trainId: 'small-2026-08-24', date: '2026-08-24', hotfix: null, voteClosesAt: '2026-08-24T17:00:00Z', buildUrl: null };

function plan(model: Model, file: CandidatesFile, only?: string[]): Manifest {
  return expectValidManifest(buildManifest(model, selectCandidates(model, file, only), REQUEST), model);
}

const fates = (m: Manifest) => ({ waves: m.waves, dropped: m.dropped.map((d) => [d.name, d.cause, ...d.because]), unchanged: m.unchanged });

describe('train/manifest: planning from candidates', () => {
  const model = graphModel(DIAMOND);

  it('releases every changed, stable, blessed candidate in dependency waves, each pinned by digest', () => {
    const manifest = plan(model, everyoneChanged(model));
    expect(fates(manifest)).to.deep.equal({ waves: [['base', 'loner'], ['left', 'right'], ['top'], ['leaf']], dropped: [], unchanged: [] });
    const base = manifest.modules[0];
    const want = candidate('base');
    expect(base?.image.reference).to.equal(`docker.io/acme/base:${want.chartVersion}@${want.imageDigest}`);
    expect(base?.chart).to.deep.equal({ reference: 'oci://registry-1.docker.io/acme-charts/base', version: want.chartVersion });
    expect([base?.version, base?.releaseId, base?.commit]).to.deep.equal(['1.0.0', `base-1-0-0-${want.commit.slice(0, 7)}`, want.commit]);
    expect(base?.replaces).to.deep.equal({ revision: 7, chartVersion: production('base').chartVersion, appVersion: null });
    expect(manifest.modules.map((m) => [m.name, m.wave])).to.deep.equal([['base', 1], ['loner', 1], ['left', 2], ['right', 2], ['top', 3], ['leaf', 4]]);
  });

  const cases: [string, (file: CandidatesFile) => void, ReturnType<typeof fates>][] = [
    ['a module without a candidate is unchanged and drops nothing', (f) => (f.candidates = f.candidates.filter((c) => c.module !== 'left')),
      { waves: [['base', 'loner'], ['right'], ['top'], ['leaf']], dropped: [], unchanged: ['left'] }],
    ['production already running the candidate is unchanged', (f) => (f.production = f.production.map((p) => (p.module === 'top' ? { ...p, chartVersion: candidate('top').chartVersion } : p))),
      { waves: [['base', 'loner'], ['left', 'right'], ['leaf']], dropped: [], unchanged: ['top'] }],
    ['the same commit built again is unchanged too (same release id)', (f) => (f.production = f.production.map((p) => (p.module === 'loner' ? { ...p, chartVersion: 'x', appVersion: `loner-1-0-0-${candidate('loner').commit.slice(0, 7)}` } : p))),
      { waves: [['base'], ['left', 'right'], ['top'], ['leaf']], dropped: [], unchanged: ['loner'] }],
    ['a beta candidate is dropped with what depends on it', (f) => (f.candidates = f.candidates.map((c) => (c.module === 'right' ? candidate('right', { channel: 'beta' }) : c))),
      { waves: [['base', 'loner'], ['left']], dropped: [['right', 'notStable'], ['leaf', 'dependency', 'right'], ['top', 'dependency', 'right']], unchanged: [] }],
    ['an unblessed candidate is dropped', (f) => (f.candidates = f.candidates.map((c) => (c.module === 'leaf' ? { ...c, blessed: false } : c))),
      { waves: [['base', 'loner'], ['left', 'right'], ['top']], dropped: [['leaf', 'notBlessed']], unchanged: [] }],
    ['a candidate without gate evidence is dropped', (f) => (f.candidates = f.candidates.map((c) => (c.module === 'base' ? { ...c, gate: null } : c))),
      { waves: [['loner']], dropped: [['base', 'noGateEvidence'], ['leaf', 'dependency', 'base'], ['left', 'dependency', 'base'], ['right', 'dependency', 'base'], ['top', 'dependency', 'base']], unchanged: [] }],
  ];
  for (const [name, edit, want] of cases) {
    it(name, () => expect(fates(plan(model, everyoneChanged(model, edit)))).to.deep.equal(want));
  }

  it('says why a candidate was dropped', () => {
    const manifest = plan(model, everyoneChanged(model, (f) => (f.candidates = f.candidates.map((c) => (c.module === 'right' ? candidate('right', { channel: 'beta' }) : c)))));
    expect(manifest.dropped.map((d) => d.reason)).to.deep.equal([
      `candidate ${candidate('right', { channel: 'beta' }).chartVersion} is beta; the train releases stable builds only`,
      'depends on right, which is not released in this train',
      'depends on right, which is not released in this train',
    ]);
  });

  it('records a first install as replacing nothing', () => {
    const manifest = plan(model, everyoneChanged(model, (f) => (f.production = f.production.filter((p) => p.module !== 'loner'))));
    expect(manifest.modules.find((m) => m.name === 'loner')?.replaces).to.equal(null);
  });

  it('limits a hotfix to the named modules; the others stay unchanged', () => {
    const manifest = plan(model, everyoneChanged(model), ['top', 'base']);
    expect(fates(manifest)).to.deep.equal({ waves: [['base'], ['top']], dropped: [], unchanged: ['leaf', 'left', 'loner', 'right'] });
  });

  it('has nothing to release when nothing changed', () => {
    const manifest = plan(model, { candidates: [], production: [] });
    expect(fates(manifest)).to.deep.equal({ waves: [], dropped: [], unchanged: ['base', 'leaf', 'left', 'loner', 'right', 'top'] });
    expect(manifest.modules).to.deep.equal([]);
  });
});

describe('train/manifest: dropping modules (NOGO)', () => {
  const model = graphModel(DIAMOND);
  const full = buildManifest(model, selectCandidates(model, everyoneChanged(model)), REQUEST);
  const nogo = (...names: string[]): Drop[] => names.map((name) => ({ name, cause: 'nogo', reason: `NOGO on ${name}` }));

  const cases: [string, Drop[], string[][], [string, string, ...string[]][]][] = [
    ['a leaf drops alone', nogo('leaf'), [['base', 'loner'], ['left', 'right'], ['top']], [['leaf', 'nogo']]],
    ['one side of the diamond drops the top and the leaf', nogo('left'), [['base', 'loner'], ['right']], [['left', 'nogo'], ['leaf', 'dependency', 'left'], ['top', 'dependency', 'left']]],
    ['the base of the diamond drops everything above it', nogo('base'), [['loner']], [['base', 'nogo'], ['leaf', 'dependency', 'base'], ['left', 'dependency', 'base'], ['right', 'dependency', 'base'], ['top', 'dependency', 'base']]],
    ['both sides name both as reasons', nogo('left', 'right'), [['base', 'loner']], [['left', 'nogo'], ['right', 'nogo'], ['leaf', 'dependency', 'left', 'right'], ['top', 'dependency', 'left', 'right']]],
    ['a module named twice drops once', nogo('loner', 'loner'), [['base'], ['left', 'right'], ['top'], ['leaf']], [['loner', 'nogo']]],
    ['a module outside the train changes nothing', [{ name: 'ghost', cause: 'nogo', reason: 'x' }], [['base', 'loner'], ['left', 'right'], ['top'], ['leaf']], []],
  ];
  for (const [name, drops, waves, dropped] of cases) {
    it(name, () => {
      const manifest = expectValidManifest(dropModules(model, full, drops), model);
      expect(manifest.waves).to.deep.equal(waves);
      expect(manifest.dropped.map((d) => [d.name, d.cause, ...d.because])).to.deep.equal(dropped);
    });
  }

  it('drops through a module outside the train: leaf depends on base via top, which is not in it', () => {
    const partial = buildManifest(model, selectCandidates(model, everyoneChanged(model), ['base', 'leaf']), REQUEST);
    const manifest = expectValidManifest(dropModules(model, partial, nogo('base')), model);
    expect([manifest.waves, manifest.dropped.map((d) => [d.name, d.cause])]).to.deep.equal([[], [['base', 'nogo'], ['leaf', 'dependency']]]);
  });

  it('keeps what was dropped before, and the rest of the manifest', () => {
    const once = dropModules(model, full, nogo('leaf'));
    const twice = expectValidManifest(dropModules(model, once, nogo('right')), model);
    expect(twice.dropped.map((d) => d.name)).to.deep.equal(['leaf', 'right', 'top']);
    expect({ ...twice, waves: [], modules: [], dropped: [] }).to.deep.equal({ ...full, waves: [], modules: [], dropped: [] });
  });
});
