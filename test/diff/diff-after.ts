// The small model before, and after an edit: both sides through the real Model, Plan and emitters.
import type { RawConfig } from '../../src/config/types.js';
import { diffPlans } from '../../src/diff/diff-plans.js';
import type { PlanDiff } from '../../src/diff/types.js';
import { emitAll } from '../../src/emit/index.js';
import type { Plan } from '../../src/plan/types.js';
import { continuousPlan, smallPlan } from '../plan/small-model.js';

/** `continuous`: master builds approve and deploy themselves (train mode leaves that to the release train). */
export function diffAfter(edit: (raw: RawConfig) => void, continuous = false): PlanDiff {
  const side = (plan: Plan) => ({ plan, files: emitAll(plan) });
  const planOf = continuous ? continuousPlan : smallPlan;
  return diffPlans(side(planOf()), side(planOf(edit)));
}
