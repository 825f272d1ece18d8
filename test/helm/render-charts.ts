// Renders every chart of a plan for every environment with test/helm/render, as the pipeline's
// `helm upgrade --install <module> chart -n <namespace> -f chart/values-<environment>.yaml` would.
import type { Plan } from '../../src/plan/types.js';
import { chartsByModule } from '../emit/chart/load-charts.js';
import type { RenderJob, RenderResult } from './helm-render.js';
import { runHelmRender } from './helm-render.js';
import type { KubernetesObject } from './kubernetes-schema.js';

/** The Kubernetes version rendered for: the agents' kubectl (alpine/k8s:1.31.x). */
export const KUBE_VERSION = '1.31.0';
const API_VERSIONS = ['v1', 'apps/v1', 'autoscaling/v2', 'networking.k8s.io/v1', 'policy/v1'];

export interface RenderedChart {
  module: string;
  environment: string;
  namespace: string;
  result: RenderResult;
}

export function renderJob(files: Map<string, string>, release: string, namespace: string, environment: string): RenderJob {
  return {
    files: Object.fromEntries(files),
    valueFiles: [`values-${environment}.yaml`],
    release: { name: release, namespace, revision: 1, isInstall: true, isUpgrade: false },
    kubeVersion: KUBE_VERSION,
    apiVersions: API_VERSIONS,
  };
}

/** Every module's chart, rendered for every environment of the plan, in one renderer process. */
export function renderPlanCharts(plan: Plan): RenderedChart[] {
  const charts = chartsByModule(plan);
  const targets = [...charts].flatMap(([module, files]) => plan.model.environments.map((env) => ({ module, files, env })));
  const { renders } = runHelmRender(targets.map(({ module, files, env }) => renderJob(files, module, env.namespace, env.name)));
  return targets.map(({ module, env }, i) => ({ module, environment: env.name, namespace: env.namespace, result: renders[i]! }));
}

/** The objects of a render, by `Kind/name`, failing loudly on a render or parse error. */
export function objectsOf(chart: RenderedChart): KubernetesObject[] {
  const where = `${chart.module} in ${chart.environment}`;
  if (chart.result.error !== undefined) throw new Error(`${where}: ${chart.result.error}`);
  return chart.result.manifests.map((m) => {
    if (m.error !== undefined) throw new Error(`${where} ${m.template}: ${m.error}\n${m.source}`);
    return m.object as KubernetesObject;
  });
}

export function findObject(chart: RenderedChart, kind: string): KubernetesObject | undefined {
  return objectsOf(chart).find((o) => o.kind === kind);
}
