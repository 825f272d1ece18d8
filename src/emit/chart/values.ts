// The chart's values: the module's defaults (values.yaml) and each environment's overrides
// (values-<environment>.yaml). Everything the templates would otherwise compute (probe handlers,
// the backend protocol annotation, env and volume lists) is computed here, so the Go templates
// only lay it out.
import { readChartInEnvironment } from '../../model/environment-chart.js';
import type { Chart, Module, Probe, Project } from '../../model/types.js';
import { compareCodeUnits } from '../../util/compare.js';
import { sameJson } from '../../util/same-json.js';
import { envFromSources, envVars, volumeList } from './workload-values.js';

/** Image of the `helm test` pod for modules with a port: a pinned busybox (wget, nc). */
const TEST_IMAGE = 'docker.io/library/busybox:1.37.0';

/** How each ingress controller learns that the backend speaks HTTPS. */
const BACKEND_HTTPS: Record<Chart['ingress']['controller'], { ingress?: Record<string, string>; service?: Record<string, string> }> = {
  'ingress-nginx': { ingress: { 'nginx.ingress.kubernetes.io/backend-protocol': 'HTTPS' } },
  traefik: { service: { 'traefik.ingress.kubernetes.io/service.serversscheme': 'https' } },
  other: {},
};

export function buildValues(module: Module, project: Project, chart: Chart = module.chart): Record<string, unknown> {
  const backend = chart.protocol === 'https' ? BACKEND_HTTPS[chart.ingress.controller] : {};
  return {
    replicaCount: chart.replicas,
    image: {
      repository: `${project.dockerHub.registry}/${project.dockerHub.namespace}/${module.name}`,
      tag: '',
      digest: '',
      pullPolicy: 'IfNotPresent',
    },
    imagePullSecrets: [],
    nameOverride: '',
    fullnameOverride: '',
    serviceAccount: { create: true, name: '', annotations: {}, automountServiceAccountToken: false },
    podAnnotations: {},
    podLabels: {},
    service: {
      enabled: chart.protocol !== 'none',
      type: 'ClusterIP',
      port: chart.port,
      portName: chart.protocol === 'none' ? 'none' : chart.protocol,
      annotations: backend.service ?? {},
    },
    probes: {
      liveness: probeValues(chart, chart.probes.liveness),
      readiness: probeValues(chart, chart.probes.readiness),
      startup: probeValues(chart, chart.probes.startup),
    },
    resources: chart.resources,
    autoscaling: chart.autoscaling,
    podDisruptionBudget: { enabled: true, minAvailable: chart.podDisruptionBudget.minAvailable },
    podSecurityContext: podSecurityContext(chart),
    securityContext: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: chart.readOnlyRootFilesystem,
    },
    tmpDir: { sizeLimit: '64Mi' },
    env: envVars(chart.env),
    envFrom: envFromSources(chart.envFrom),
    volumes: volumeList(chart.volumes),
    ingress: {
      enabled: chart.ingress.enabled && chart.protocol !== 'none' && chart.protocol !== 'tcp',
      className: chart.ingress.className ?? '',
      host: chart.ingress.host ?? '',
      path: chart.ingress.path,
      pathType: 'Prefix',
      annotations: sortedRecord({ ...chart.ingress.annotations, ...backend.ingress }),
      tlsSecretName: chart.ingress.tlsSecretName ?? '',
    },
    nodeSelector: {},
    tolerations: [],
    affinity: {},
    tests: testValues(chart),
  };
}

/**
 * An environment's overrides: every top-level value that differs from values.yaml (`base`, the
 * module's buildValues, built once for all its environments), written whole (helm merges maps key
 * by key and replaces lists, so a whole value is always right).
 *
 * The environment's chart shares with the module's chart what the environment leaves as it is
 * (nothing here modifies it). That adds no YAML anchor: the writer anchors an object met twice in
 * one file, and the module's chart and its environment values are separate trees (buildModel
 * copies both), so their merge is a tree too; test/emit/chart/values.test.ts compares the files
 * with those of a copied chart.
 */
export function buildEnvironmentValues(module: Module, project: Project, environment: string, base: Record<string, unknown>): Record<string, unknown> {
  const here = buildValues(module, project, readChartInEnvironment(module, environment));
  const overrides: Record<string, unknown> = {};
  for (const key of Object.keys(here)) if (!sameJson(here[key], base[key])) overrides[key] = here[key];
  return overrides;
}

// The values below are put together key by key rather than by object rest and spread: those are
// V8's generic copies (bytecode InvokeIntrinsic _CopyDataProperties...), and these functions run a
// few times per module and environment, mostly before V8 optimizes them.

/** A Kubernetes probe: its handler, then its timing settings in the order the probe has them. */
function probeValues(chart: Chart, probe: Probe): Record<string, unknown> {
  const values = probeHandler(chart, probe);
  for (const key of Object.keys(probe) as (keyof Probe)[]) if (key !== 'path' && key !== 'command') values[key] = probe[key];
  return values;
}

/** exec when the probe has a command, else by the module's protocol. */
function probeHandler(chart: Chart, { path, command }: Probe): Record<string, unknown> {
  if (command !== undefined) return { exec: { command } };
  if (chart.protocol === 'tcp') return { tcpSocket: { port: 'tcp' } };
  if (chart.protocol === 'none' || path === undefined) throw new Error('internal: a probe without a command or an HTTP path reached the chart emitter');
  return { httpGet: chart.protocol === 'https' ? { path, port: chart.protocol, scheme: 'HTTPS' } : { path, port: chart.protocol } };
}

function podSecurityContext(chart: Chart): Record<string, unknown> {
  const context: Record<string, unknown> = { runAsNonRoot: true };
  if (chart.runAsUser !== undefined) context.runAsUser = chart.runAsUser;
  if (chart.runAsGroup !== undefined) context.runAsGroup = chart.runAsGroup;
  context.seccompProfile = { type: 'RuntimeDefault' };
  return context;
}

/**
 * What `helm test` runs: a request to the readiness path (HTTP/HTTPS), a TCP connect, or, for a
 * module without a port, the readiness command in the module's own image and environment.
 */
function testValues(chart: Chart): Record<string, unknown> {
  if (chart.protocol === 'none') return { image: TEST_IMAGE, kind: 'exec', command: chart.probes.readiness.command ?? [] };
  if (chart.protocol === 'tcp') return { image: TEST_IMAGE, kind: 'tcp' };
  return { image: TEST_IMAGE, kind: chart.protocol, path: chart.probes.readiness.path ?? '/' };
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b)));
}
