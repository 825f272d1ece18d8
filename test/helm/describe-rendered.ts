// A suite that renders every chart of a plan for every environment with helm's engine and checks
// each object against the Kubernetes schemas and each YAML text against helm's YAML 1.1 reader.
import { expect } from 'chai';
import type { Plan } from '../../src/plan/types.js';
import { chartsByModule } from '../emit/chart/load-charts.js';
import { kubernetesSchemaProblems } from './kubernetes-schema.js';
import type { RenderedChart } from './render-charts.js';
import { objectsOf, renderPlanCharts } from './render-charts.js';
import { yaml11Differences } from './yaml11.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

/** Files whose every value helm reads with its YAML 1.1 reader. */
function helmReadFiles(plan: Plan): { path: string; text: string }[] {
  return [...chartsByModule(plan)].flatMap(([module, files]) =>
    [...files].filter(([path]) => !path.startsWith('templates/') && path.endsWith('.yaml')).map(([path, text]) => ({ path: `${module}/${path}`, text })),
  );
}

export function describeRenderedCharts(title: string, loadPlan: () => Promise<Plan>): void {
  describe(title, function () {
    this.timeout(SLOW_TEST_TIMEOUT_MS);
    let plan: Plan;
    let charts: RenderedChart[];
    before(async () => {
      plan = await loadPlan();
      charts = renderPlanCharts(plan);
    });

    it('renders every module for every environment, each document parsing as YAML', () => {
      expect(charts).to.have.length(plan.model.modules.length * plan.model.environments.length);
      for (const chart of charts) expect(objectsOf(chart).length, `${chart.module} ${chart.environment}`).to.be.greaterThan(0);
    });

    it('validates every rendered object against the Kubernetes schemas, unknown fields rejected', async () => {
      const problems = await kubernetesSchemaProblems(charts.flatMap(objectsOf));
      expect(problems).to.deep.equal([]);
    });

    it('is read the same by helm\'s YAML 1.1 reader as by YAML 1.2: values files, Chart.yaml and every rendered document', () => {
      const rendered = charts.flatMap((c) => c.result.manifests.map((m) => ({ path: `${c.module}/${c.environment}/${m.template}`, text: m.source })));
      expect(yaml11Differences([...helmReadFiles(plan), ...rendered])).to.deep.equal([]);
    });
  });
}

