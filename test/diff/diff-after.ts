// The small model before, and after an edit: both sides through the real Model, Plan and emitters.
import type { RawConfig } from '../../src/config/types.js';
import { diffPlans } from '../../src/diff/diff-plans.js';
import type { PlanDiff } from '../../src/diff/types.js';
import { emitAll } from '../../src/emit/index.js';
import type { Plan } from '../../src/plan/types.js';
import { smallPlan } from '../plan/small-model.js';

export function diffAfter(edit: (raw: RawConfig) => void): PlanDiff {
  const side = (plan: Plan) => ({ plan, files: emitAll(plan) });
  return diffPlans(side(smallPlan()), side(smallPlan(edit)));
}
