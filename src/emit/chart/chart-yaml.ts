// Chart.yaml as data. The committed chart carries the module's plain version; CI overrides version
// and appVersion when it packages (`helm package --version --app-version`).
import type { Module, Project } from '../../model/types.js';

/** autoscaling/v2 (HPA) is served from Kubernetes 1.23; `-0` lets pre-release clusters match. */
const KUBE_VERSION = '>=1.23.0-0';

export function buildChartMetadata(module: Module, project: Project): Record<string, unknown> {
  return {
    apiVersion: 'v2',
    name: module.name,
    description: module.description,
    type: 'application',
    version: module.version,
    appVersion: module.version,
    kubeVersion: KUBE_VERSION,
    annotations: {
      'gatehouse.dev/module': module.name,
      'gatehouse.dev/source': `${project.github.owner}/${module.repository}`,
    },
  };
}
