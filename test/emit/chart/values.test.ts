// Each environment's overrides against the way they were computed before sameJson (kept here as
// the reference): every top-level value whose JSON.stringify differs from values.yaml's, with
// values.yaml's data built anew per environment, on a copy of the module's chart. For every module
// and environment of the repository's modules.yaml, and for random environment overrides of one
// module, both are equal, key order included, and so are their YAML files (the emitter's chart
// shares objects with the module's, and a YAML file writes an object it meets twice as an alias).
import { expect } from 'chai';
import fc from 'fast-check';
import { buildEnvironmentValues, buildValues } from '../../../src/emit/chart/values.js';
import { mergeValues } from '../../../src/model/merge.js';
import type { Chart, EnvironmentValues, Module, Project } from '../../../src/model/types.js';
import type { Plan } from '../../../src/plan/types.js';
import { renderYamlBlock } from '../../../src/render/yaml-block.js';
import { propertyParameters, propertyRuns } from '../../property-runs.js';
import { loadRepositoryPlan } from './load-charts.js';

// ---- The reference: buildEnvironmentValues before sameJson, and the copied chart it read, unchanged.
function chartInEnvironment(module: Module, environment: string): Chart {
  const values = module.environments[environment];
  return values === undefined ? module.chart : mergeValues(module.chart, overridesOf(values));
}

function overridesOf(values: EnvironmentValues): Partial<Chart> {
  const { replicas, ...rest } = values;
  const overrides: Partial<Chart> = { ...rest } as Partial<Chart>;
  if (replicas !== undefined) overrides.replicas = replicas;
  return overrides;
}

function referenceEnvironmentValues(module: Module, project: Project, environment: string): Record<string, unknown> {
  const base = buildValues(module, project);
  const here = buildValues(module, project, chartInEnvironment(module, environment));
  return Object.fromEntries(Object.entries(here).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(base[key])));
}
// ---- End of the reference.

const sameOverrides = (module: Module, project: Project, environment: string): void => {
  const overrides = buildEnvironmentValues(module, project, environment, buildValues(module, project));
  const reference = referenceEnvironmentValues(module, project, environment);
  expect(Object.keys(overrides), `${module.name} ${environment}`).to.deep.equal(Object.keys(reference));
  expect(overrides, `${module.name} ${environment}`).to.deep.equal(reference);
  expect(renderYamlBlock(overrides), `${module.name} ${environment}`).to.equal(renderYamlBlock(reference));
};

describe('chart values: environment overrides against their previous computation', () => {
  let plan: Plan;
  before(async () => {
    plan = await loadRepositoryPlan();
  });

  it('are the same for every module and environment of the repository\'s modules.yaml', () => {
    for (const { module } of plan.modules) for (const environment of plan.model.environments) sameOverrides(module, plan.model.project, environment.name);
  });

  it('are the same for random environment overrides of replicas, resources and ingress', () => {
    const quantity = fc.constantFrom('100m', '250m', '1', '2', '64Mi', '512Mi', '1Gi');
    const overrides = fc.record(
      {
        replicas: fc.integer({ min: 1, max: 5 }),
        resources: fc.record({ requests: fc.record({ cpu: quantity, memory: quantity }), limits: fc.record({ cpu: quantity, memory: quantity }) }),
        ingress: fc.record({ host: fc.constantFrom('a.example', 'b.example'), annotations: fc.dictionary(fc.constantFrom('x/a', 'x/b'), fc.string({ maxLength: 3 })) }, { requiredKeys: [] }),
        autoscaling: fc.record({ enabled: fc.boolean(), maxReplicas: fc.integer({ min: 2, max: 9 }) }, { requiredKeys: [] }),
        env: fc.dictionary(fc.constantFrom('A', 'B', 'LOG_LEVEL'), fc.oneof(fc.constantFrom('debug', 'info'), fc.record({ secret: fc.constantFrom('s1', 's2'), key: fc.constantFrom('k') }))),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.nat(), overrides, (pick, values) => {
      const { module } = plan.modules[pick % plan.modules.length]!;
      const environment = plan.model.environments[pick % plan.model.environments.length]!.name;
      const altered = { ...module, environments: { ...module.environments, [environment]: { ...module.environments[environment], ...values } } };
      sameOverrides(altered, plan.model.project, environment);
    }), propertyParameters(propertyRuns()));
  });
});
