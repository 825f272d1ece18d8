// Issue 13.3: strings that a YAML 1.1 reader (helm's) takes for booleans, numbers, nulls or line
// breaks reach the charts as module names, descriptions and repositories, and still render into
// valid objects that carry exactly those strings.
import { expect } from 'chai';
import type { Plan } from '../../src/plan/types.js';
import { chartsByModule, fileOf } from '../emit/chart/load-charts.js';
import { runHelmRender } from './helm-render.js';
import { describeRenderedCharts } from './describe-rendered.js';
import type { RenderedChart } from './render-charts.js';
import { findObject, renderPlanCharts } from './render-charts.js';
import type { ConfigData } from './variants.js';
import { exampleConfig, planOf } from './variants.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

/** Module name -> description: YAML 1.1 words as names, YAML 1.1 scalars and line breaks as text. */
const HOSTILE_MODULES: Record<string, string> = {
  on: '12:30',
  yes: '1_000',
  n: '0x1f',
  off: 'line\u2028separator\u2029paragraph\u0085next',
  'no': '2001-12-14',
  y: '<<',
  true: '=',
  null: '~',
};

function hostileConfig(): ConfigData {
  const config = exampleConfig();
  for (const [name, description] of Object.entries(HOSTILE_MODULES)) {
    config['modules']![name] = { description, repository: name, version: '1.0.0', lead: 'someone', dependsOn: [] };
  }
  return config;
}

const loadHostile = (): Promise<Plan> => planOf(hostileConfig());
describeRenderedCharts('helm charts of modules named and described with YAML 1.1 look-alikes', loadHostile);

describe('YAML 1.1 look-alikes reach the cluster as the strings they are', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let plan: Plan;
  let charts: RenderedChart[];
  before(async () => {
    plan = await loadHostile();
    charts = renderPlanCharts(plan);
  });

  it('gives helm each description exactly, in Chart.yaml', () => {
    const names = Object.keys(HOSTILE_MODULES);
    const files = chartsByModule(plan);
    const { parses } = runHelmRender([], names.map((name) => fileOf(files.get(name)!, 'Chart.yaml')));
    expect(parses.map((p) => (p.value as { description?: unknown }).description)).to.deep.equal(Object.values(HOSTILE_MODULES));
  });

  it('names objects and labels them with the module name as a string', () => {
    for (const name of Object.keys(HOSTILE_MODULES)) {
      const chart = charts.find((c) => c.module === name && c.environment === 'production')!;
      const deployment = findObject(chart, 'Deployment') as { metadata: { name: unknown; labels: Record<string, unknown> } } | undefined;
      expect(deployment?.metadata.name, name).to.equal(name);
      expect(deployment?.metadata.labels['app.kubernetes.io/name'], name).to.equal(name);
      expect(deployment?.metadata.labels['app.kubernetes.io/instance'], name).to.equal(name);
    }
  });
});
