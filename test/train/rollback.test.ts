import { expect } from 'chai';
import { buildManifest } from '../../src/train/manifest.js';
import { planRollback } from '../../src/train/rollback.js';
import { selectCandidates } from '../../src/train/select.js';
import { DIAMOND, everyoneChanged, graphModel, production } from './support.js';

describe('train/rollback: the way back', () => {
  const model = graphModel(DIAMOND);
  const file = everyoneChanged(model, (f) => (f.production = f.production.filter((p) => p.module !== 'loner')));
  const manifest = buildManifest(model, selectCandidates(model, file), { trainId: 't', date: '2026-08-24', hotfix: null, voteClosesAt: '2026-08-24T17:00:00Z', buildUrl: null });
  const steps = (touched?: string[]) => planRollback(manifest, touched).steps.map((s) => [s.step, s.wave, s.modules.map((m) => m.name)]);

  const cases: [string, string[] | undefined, unknown[]][] = [
    ['every module, last wave first', undefined, [[1, 4, ['leaf']], [2, 3, ['top']], [3, 2, ['left', 'right']], [4, 1, ['base', 'loner']]]],
    ['a failure in wave 2: waves 2 and 1, wave 3 never started', ['base', 'loner', 'left', 'right'], [[1, 2, ['left', 'right']], [2, 1, ['base', 'loner']]]],
    ['part of a wave', ['base', 'left'], [[1, 2, ['left']], [2, 1, ['base']]]],
    ['nothing deployed yet', [], []],
  ];
  for (const [name, touched, want] of cases) {
    it(name, () => expect(steps(touched)).to.deep.equal(want));
  }

  it('returns each module to the revision the manifest recorded, and uninstalls a first install', () => {
    const plan = planRollback(manifest, ['base', 'loner']);
    expect(plan).to.deep.include({ trainId: 't', environment: 'prod', namespace: 'prod-ns' });
    expect(plan.steps[0]?.modules).to.deep.equal([
      { name: 'base', helmRelease: 'base', action: 'rollback', toRevision: 7, toChartVersion: production('base').chartVersion, fromChartVersion: manifest.modules[0]?.chart.version },
      { name: 'loner', helmRelease: 'loner', action: 'uninstall', toRevision: null, toChartVersion: null, fromChartVersion: manifest.modules[1]?.chart.version },
    ]);
  });
});
