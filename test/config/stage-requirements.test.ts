// GH321: a branch kind runs a stage without an earlier stage it reads from.
import { expect } from 'chai';
import { minimalWith, validateText } from './helpers.js';

const STAGING = 'stages: [checkout, build, unitTests, scan, qualityGate, pushImage, publishChart, deploy] }';

function gh321(text: string): [string, string][] {
  return validateText(text).diagnostics.filter((d) => d.code === 'GH321').map((d) => [d.path, d.hint ?? '']);
}

describe('config: stage requirements (GH321)', () => {
  it('names each missing stage once, at the first stage that needs it', () => {
    const text = minimalWith(STAGING, 'stages: [checkout, build, unitTests, scan, qualityGate, pushImage, publishChart, integrationTests, smokeTests] }');
    expect(gh321(text)).to.deep.equal([['/branchFlow/staging/stages/8', 'add deploy to branchFlow.staging.stages, or remove smokeTests']]);
  });

  it('points at the listed entry whatever order the stages are listed in', () => {
    const text = minimalWith(STAGING, 'stages: [deploy, publishChart, pushImage, qualityGate, unitTests, build, checkout] }');
    expect(gh321(text)).to.deep.equal([['/branchFlow/staging/stages/3', 'add scan to branchFlow.staging.stages, or remove qualityGate']]);
  });

  it('accepts either alternative for deploy and approve', () => {
    const promoting = minimalWith(STAGING, 'stages: [checkout, promote, deploy] }');
    expect(gh321(promoting)).to.deep.equal([]);
    const approvingPromotion = minimalWith('stages: [checkout, promote, approve, deploy] }', 'stages: [checkout, promote, approve] }');
    expect(gh321(approvingPromotion)).to.deep.equal([]);
    const approvingNothing = minimalWith('stages: [checkout, promote, approve, deploy] }', 'stages: [checkout, approve] }');
    expect(gh321(approvingNothing)).to.deep.equal([['/branchFlow/master/stages/1', 'add deploy or promote to branchFlow.master.stages, or remove approve']]);
  });

  it('is not triggered by a module skipping its smoke or integration tests', () => {
    const text = minimalWith('    lead: bob\n', '    lead: bob\n    skip: { integrationTests: the store has no integration suite yet }\n');
    expect(validateText(text).diagnostics).to.deep.equal([]);
  });
});
