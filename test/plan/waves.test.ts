import { expect } from 'chai';
import { loadProject } from '../../src/app/load-project.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';

describe('plan: waves of the repository modules.yaml', () => {
  it('puts every module one wave after its latest dependency', async () => {
    const { plan } = await loadProject(DEFAULT_CONFIG);
    expect(plan?.waves).to.deep.equal([
      ['config-service'],
      ['auth', 'catalog'],
      ['render-worker', 'user-profile'],
      ['editor', 'notification'],
      ['api-gateway'],
      ['web-frontend'],
    ]);
    expect(plan?.rollbackWaves[0]).to.deep.equal(['web-frontend']);
  });
});
