// A pipeline's layout is made once per array of builds and shared by every module planned with
// that array (pipeline-layout.ts). Against laying each module out alone (a model and a planner of
// its own: an array of builds nobody shares, as every Jenkinsfile was laid out before): the same
// Jenkinsfiles, on random leads and skipped stages, in train and continuous mode.
// Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { emitJenkinsfile } from '../../../src/emit/jenkinsfile/emit.js';
import { STAGE_IDS } from '../../../src/model/types.js';
import { buildPlan, modulePlanner } from '../../../src/plan/plan.js';
import { propertyParameters, propertyRuns } from '../../property-runs.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';
import { modelWithRandomModules } from '../../plan/small-model.js';

const RUNS = propertyRuns();

const lead = fc.constantFrom('alice', 'bob', 'carol');
// Mostly nothing skipped, so that modules share arrays of builds (and layouts) often.
const skip = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...STAGE_IDS), fc.constantFrom('No API.', 'Later.'), { maxKeys: 3 }) },
);
const coverage = fc.option(fc.constantFrom('cov.xml', 'reports/coverage.xml'), { nil: undefined });
const modules = fc.array(fc.record({ lead, skip, coverage }), { minLength: 1, maxLength: 8 });

/** The Jenkinsfile, or the internal error that stopped it (a random skip can leave a stage without what it needs). */
function outcome(render: () => string): string {
  try {
    return render();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('emit/jenkinsfile: pipeline layout shared between modules', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // 10,000 cases in the dedicated run
  it('gives every module the Jenkinsfile it gets when laid out alone', () => {
    fc.assert(fc.property(modules, fc.constantFrom('train' as const, 'continuous' as const), (settings, mode) => {
      const model = modelWithRandomModules(settings, mode);
      const plan = buildPlan(model);
      const shared = plan.modules.map((modulePlan) => outcome(() => emitJenkinsfile(model, modulePlan).content));
      // Each module alone: a model of its own (nothing kept from another module's Jenkinsfile)
      // and a planner of its own.
      const alone = plan.modules.map((modulePlan) => {
        const ownModel = modelWithRandomModules(settings, mode);
        const ownModule = ownModel.modules.find((m) => m.name === modulePlan.module.name)!;
        return outcome(() => emitJenkinsfile(ownModel, modulePlanner(ownModel)(ownModule, modulePlan.wave)).content);
      });
      expect(shared).to.deep.equal(alone);
    }), propertyParameters(RUNS));
  });
});
