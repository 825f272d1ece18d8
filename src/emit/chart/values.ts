// The chart's values: the module's defaults (values.yaml) and each environment's overrides
// (values-<environment>.yaml). Plain data; the templates in templates/chart/ consume it.
import type { EnvironmentValues, Module, Project } from '../../model/types.js';

/** Image of the `helm test` pod: a pinned busybox, which has wget. */
const TEST_IMAGE = 'docker.io/library/busybox:1.37.0';

export function buildValues(module: Module, project: Project): Record<string, unknown> {
  const chart = module.chart;
  return {
    replicaCount: chart.replicas,
    image: {
      repository: `${project.dockerHub.registry}/${project.dockerHub.namespace}/${module.name}`,
      tag: '',
      pullPolicy: 'IfNotPresent',
    },
    imagePullSecrets: [],
    nameOverride: '',
    fullnameOverride: '',
    serviceAccount: { create: true, name: '', annotations: {}, automountServiceAccountToken: false },
    podAnnotations: {},
    podLabels: {},
    service: { type: 'ClusterIP', port: chart.port },
    probes: chart.probes,
    resources: chart.resources,
    autoscaling: chart.autoscaling,
    podDisruptionBudget: { enabled: true, minAvailable: chart.podDisruptionBudget.minAvailable },
    podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    securityContext: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: chart.readOnlyRootFilesystem,
    },
    tmpDir: { sizeLimit: '64Mi' },
    ingress: {
      enabled: chart.ingress.enabled,
      className: '',
      host: chart.ingress.host ?? '',
      path: '/',
      pathType: 'Prefix',
      annotations: {},
      tlsSecretName: '',
    },
    nodeSelector: {},
    tolerations: [],
    affinity: {},
    tests: { image: TEST_IMAGE },
  };
}

/** An environment's overrides, under the values.yaml keys they replace (helm deep-merges them). */
export function buildEnvironmentValues(overrides: EnvironmentValues | undefined): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (overrides?.replicas !== undefined) values['replicaCount'] = overrides.replicas;
  if (overrides?.resources !== undefined) values['resources'] = overrides.resources;
  if (overrides?.autoscaling !== undefined) values['autoscaling'] = overrides.autoscaling;
  return values;
}
