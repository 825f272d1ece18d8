// While the writer works through thousands of module units, the Plan (every module's planned
// builds: 22 MB at 5000 modules) must not stay in memory: a module unit keeps only what its own
// emit reads. A unit's closure made in the wrong scope keeps it silently, so this holds it with a
// WeakRef and a full collection.
import { expect } from 'chai';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { emitUnits } from '../../src/emit/index.js';
import type { EmitUnit } from '../../src/emit/types.js';
import { loadPlan, SMALL_CONFIG } from './jenkinsfile/support.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The module units of the small fixture, and a weak reference to the Plan they came from. */
async function moduleUnitsAndPlan(): Promise<{ units: EmitUnit[]; plan: WeakRef<object> }> {
  const plan = await loadPlan(SMALL_CONFIG);
  return { units: emitUnits(plan).slice(1), plan: new WeakRef(plan) };
}

describe('emit: module units', () => {
  it('do not keep the Plan alive, and still emit their files', async () => {
    const { units, plan } = await moduleUnitsAndPlan();
    // A WeakRef's target stays alive until the job that made it ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(plan.deref()).to.equal(undefined);
    expect(units.length).to.be.greaterThan(1);
    for (const unit of units) expect(unit.emit().map((file) => file.path)).to.include(`${unit.dir}/Jenkinsfile`);
  });
});
