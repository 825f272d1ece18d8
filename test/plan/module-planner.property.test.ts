// modulePlanner shares one array of builds between modules that agree on the module fields builds
// are planned from (up to a number of different arrays). Against planning each module alone (a planner of its own, so nothing is
// shared, as every module was planned before): the same plans, on random leads and skipped
// stages, in train and continuous mode. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { STAGE_IDS } from '../../src/model/types.js';
import { buildPlan, modulePlanner } from '../../src/plan/plan.js';
import type { ModulePlan } from '../../src/plan/types.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { modelWithRandomModules } from './small-model.js';

const RUNS = propertyRuns();

const lead = fc.constantFrom('alice', 'bob', 'carol');
const skip = fc.dictionary(fc.constantFrom(...STAGE_IDS), fc.constantFrom('No API.', 'Later.'), { maxKeys: 3 });
const modules = fc.array(fc.record({ lead, skip }), { minLength: 1, maxLength: 8 });

/** Every build and stage object of one module's plan. */
function objectsOf(modulePlan: ModulePlan): object[] {
  return modulePlan.builds.flatMap((build) => [build, ...build.stages]);
}

describe('plan: module planner', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // 10,000 cases in the dedicated run
  it('plans every module as if it were planned alone, and shares builds only between modules that agree on lead and skipped stages', () => {
    fc.assert(fc.property(modules, fc.constantFrom('train' as const, 'continuous' as const), (settings, mode) => {
      const model = modelWithRandomModules(settings, mode);
      const plan = buildPlan(model);
      for (const modulePlan of plan.modules) {
        const alone = modulePlanner(model)(modulePlan.module, modulePlan.wave);
        expect(modulePlan).to.deep.equal(alone);
        const objects = objectsOf(modulePlan);
        expect(new Set(objects).size, 'no object twice within one module').to.equal(objects.length);
      }
      // Past the number of build arrays it keeps (here one), a planner plans each module for it alone.
      const capped = modulePlanner(model, 1);
      for (const modulePlan of plan.modules) expect(capped(modulePlan.module, modulePlan.wave)).to.deep.equal(modulePlan);
      for (const a of plan.modules) {
        for (const b of plan.modules) {
          const agree = a.module.lead === b.module.lead && JSON.stringify(a.module.skip) === JSON.stringify(b.module.skip);
          expect(a.builds === b.builds, `${a.module.name} and ${b.module.name}`).to.equal(agree);
        }
      }
    }), propertyParameters(RUNS));
  });
});
