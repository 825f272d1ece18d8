// What the rendered charts do on a cluster, item by item of issue 11: per-environment ingress hosts
// (2), label values that survive truncation (8), autoscaling that keeps the running pods and a
// budget at two replicas (9), env/envFrom/volumes (10), a worker without a port (11), a module
// serving TLS (12), a numeric user (13). Rendered with helm's engine (test/helm/render).
import { expect } from 'chai';
import type { Plan } from '../../src/plan/types.js';
import { chartsByModule, loadRepositoryPlan } from '../emit/chart/load-charts.js';
import { runHelmRender } from './helm-render.js';
import type { KubernetesObject } from './kubernetes-schema.js';
import { kubernetesSchemaProblems } from './kubernetes-schema.js';
import type { RenderedChart } from './render-charts.js';
import { findObject, objectsOf, renderJob, renderPlanCharts } from './render-charts.js';
import { exampleConfig, planOf } from './variants.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

type Json = Record<string, unknown>;

/** The value at a path of keys and indexes, or undefined. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}

function chartOf(charts: RenderedChart[], module: string, environment: string): RenderedChart {
  const chart = charts.find((c) => c.module === module && c.environment === environment);
  if (!chart) throw new Error(`no render of ${module} in ${environment}`);
  return chart;
}

function object(chart: RenderedChart, kind: string): Json {
  const found = findObject(chart, kind);
  if (!found) throw new Error(`${chart.module} in ${chart.environment} renders no ${kind}`);
  return found;
}

function container(chart: RenderedChart): Json {
  return at(object(chart, 'Deployment'), 'spec', 'template', 'spec', 'containers', 0) as Json;
}

describe('rendered charts on a cluster (issue 11)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let plan: Plan;
  let charts: RenderedChart[];
  before(async () => {
    plan = await loadRepositoryPlan();
    charts = renderPlanCharts(plan);
  });

  it('item 2: no two releases on one cluster claim the same ingress host and path', () => {
    const claims = new Map<string, string>();
    for (const chart of charts) {
      const cluster = plan.model.environments.find((e) => e.name === chart.environment)!.clusterCredentialsId;
      for (const ingress of objectsOf(chart).filter((o) => o.kind === 'Ingress') as Json[]) {
        for (const rule of at(ingress, 'spec', 'rules') as Json[]) {
          for (const path of at(rule, 'http', 'paths') as Json[]) {
            const key = `${cluster} ${String(at(rule, 'host'))}${String(at(path, 'path'))}`;
            expect(claims.get(key), key).to.equal(undefined);
            claims.set(key, `${chart.module} in ${chart.environment}`);
          }
        }
      }
    }
    expect(at(object(chartOf(charts, 'editor', 'staging'), 'Ingress'), 'spec', 'rules', 0, 'host')).to.equal('editor.staging.acme-online.example');
    expect(at(object(chartOf(charts, 'editor', 'production'), 'Ingress'), 'spec', 'rules', 0, 'host')).to.equal('editor.acme-online.example');
    expect(at(object(chartOf(charts, 'api-gateway', 'preprod'), 'Ingress'), 'spec', 'tls')).to.deep.equal([{ hosts: ['api.preprod.acme-online.example'], secretName: 'preprod-acme-online-tls' }]);
  });

  it('item 8: the helm.sh/chart label stays a valid label when a long name and a CI version are cut at 63 characters', async () => {
    const name = 'document-thumbnail-and-preview-generator-service-x'; // 50 characters
    const config = exampleConfig();
    config['modules']![name] = { description: 'Long name.', repository: name, version: '1.2.3', lead: 'someone', dependsOn: [] };
    const files = chartsByModule(await planOf(config)).get(name)!;
    // What `helm package --version --app-version` gives a beta build of this chart.
    files.set('Chart.yaml', files.get('Chart.yaml')!.replace(/^version: .*$/m, 'version: "1.2.3-alpha.7.gabc1234"'));
    const { renders } = runHelmRender([renderJob(files, name, 'production', 'production')]);
    const objects = renders[0]!.manifests.map((m) => m.object as KubernetesObject);
    const labels = at(objects.find((o) => o.kind === 'Deployment'), 'metadata', 'labels');
    expect(at(labels, 'helm.sh/chart')).to.equal(`${name}-1.2.3-alpha`);
    expect(await kubernetesSchemaProblems(objects)).to.deep.equal([]);
  });

  it('item 9: turning autoscaling on for a running release keeps its pods; a first install starts at minReplicas', () => {
    const files = chartsByModule(plan).get('catalog')!;
    const live = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'catalog', namespace: 'production' }, spec: { replicas: 5 } };
    const upgrade = { ...renderJob(files, 'catalog', 'production', 'production'), cluster: [live] };
    const install = renderJob(files, 'catalog', 'production', 'production');
    const [running, fresh] = runHelmRender([upgrade, install]).renders;
    const replicas = (result: typeof running): unknown => at(result?.manifests.map((m) => m.object as Json).find((o) => o['kind'] === 'Deployment'), 'spec', 'replicas');
    expect(replicas(running)).to.equal(5);
    expect(replicas(fresh)).to.equal(2);
  });

  it('item 9: a budget stays meaningful at two replicas (maxUnavailable 1) and is left out for one', () => {
    // api-gateway keeps 2 available: preprod runs 2 replicas, staging 1, production 3.
    expect(at(object(chartOf(charts, 'api-gateway', 'preprod'), 'PodDisruptionBudget'), 'spec')).to.include({ maxUnavailable: 1 }).and.not.have.property('minAvailable');
    expect(at(object(chartOf(charts, 'api-gateway', 'production'), 'PodDisruptionBudget'), 'spec')).to.include({ minAvailable: 2 });
    expect(findObject(chartOf(charts, 'api-gateway', 'staging'), 'PodDisruptionBudget')).to.equal(undefined);
  });

  it('items 10 and 13: env, envFrom of existing ConfigMaps and Secrets, extra volumes, numeric user', () => {
    const worker = chartOf(charts, 'render-worker', 'production');
    const c = container(worker);
    expect(at(c, 'env')).to.deep.equal([
      { name: 'QUEUE_PASSWORD', valueFrom: { secretKeyRef: { name: 'render-worker-queue', key: 'password' } } },
      { name: 'RENDER_CONCURRENCY', value: '2' },
    ]);
    expect(at(c, 'envFrom')).to.deep.equal([{ configMapRef: { name: 'render-worker-config' } }]);
    expect(at(c, 'volumeMounts')).to.deep.equal([{ name: 'fonts', mountPath: '/usr/share/fonts/acme', readOnly: true }]);
    const pod = at(object(worker, 'Deployment'), 'spec', 'template', 'spec') as Json;
    expect(at(pod, 'volumes')).to.deep.equal([{ name: 'fonts', configMap: { name: 'render-worker-fonts' } }]);
    expect(at(pod, 'securityContext')).to.deep.equal({ runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } });
  });

  it('item 10: env values that YAML 1.1 would retype reach the container as the strings they are', async () => {
    const values = { FLAG: 'yes', WHEN: '12:30', COUNT: '1_000', HEX: '0x1f', NOTHING: 'null', BREAK: 'a\u2028b', QUOTE: '"it\'s" \\ #x' };
    const config = exampleConfig();
    (config['modules']!['auth'] as Json)['chart'] = { env: values };
    const rendered = renderPlanCharts(await planOf(config)).find((c) => c.module === 'auth' && c.environment === 'staging')!;
    expect(at(container(rendered), 'env')).to.deep.equal(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]) => ({ name, value })));
  });

  it('item 11: a worker serves no port: no Service, no Ingress, exec probes, and helm test runs its readiness command', () => {
    const worker = chartOf(charts, 'render-worker', 'staging');
    expect(objectsOf(worker).map((o) => o.kind).sort()).to.deep.equal(['Deployment', 'Pod', 'ServiceAccount']);
    const c = container(worker);
    expect(c).to.not.have.property('ports');
    expect(at(c, 'readinessProbe', 'exec')).to.deep.equal({ command: ['/app/render-worker', 'healthcheck', '--queue'] });
    const test = at(object(worker, 'Pod'), 'spec') as Json;
    expect(at(test, 'containers', 0)).to.include({ image: 'docker.io/acmeonline/render-worker:0.9.7' });
    expect(at(test, 'containers', 0, 'command')).to.deep.equal(['/app/render-worker', 'healthcheck', '--queue']);
    expect(at(test, 'containers', 0, 'envFrom')).to.deep.equal([{ configMapRef: { name: 'render-worker-config' } }]);
  });

  it('the release train pins the image, of the workload and of a worker\'s helm test pod, to the digest it sets', () => {
    const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
    // A worker's helm test runs its own image (a module with a port is tested with busybox).
    const files = new Map(chartsByModule(plan).get('render-worker'));
    files.set('pin.yaml', `image:\n  digest: "${digest}"\n`);
    const job = renderJob(files, 'render-worker', 'production', 'production');
    const [result] = runHelmRender([{ ...job, valueFiles: [...job.valueFiles, 'pin.yaml'] }]).renders;
    const pinned = { module: 'render-worker', environment: 'production', namespace: 'production', result: result! };
    // The workload's container and the helm test pod's.
    const images = (chart: RenderedChart) => [at(container(chart), 'image'), at(object(chart, 'Pod'), 'spec', 'containers', 0, 'image')];
    const version = /^version: "?([^"\n]+)"?$/m.exec(files.get('Chart.yaml')!)![1];
    const image = `docker.io/acmeonline/render-worker:${version}`;
    expect(images(pinned)).to.deep.equal([`${image}@${digest}`, `${image}@${digest}`]);
    expect(images(chartOf(charts, 'render-worker', 'production'))).to.deep.equal([image, image]);
  });

  it('item 12: a module serving TLS is probed over HTTPS and its ingress talks HTTPS to it', () => {
    const gateway = chartOf(charts, 'api-gateway', 'production');
    const c = container(gateway);
    expect(at(c, 'ports')).to.deep.equal([{ name: 'https', containerPort: 8443, protocol: 'TCP' }]);
    expect(at(c, 'readinessProbe', 'httpGet')).to.deep.equal({ path: '/readyz', port: 'https', scheme: 'HTTPS' });
    expect(at(object(gateway, 'Service'), 'spec', 'ports')).to.deep.equal([{ name: 'https', port: 8443, targetPort: 'https', protocol: 'TCP' }]);
    const ingress = object(gateway, 'Ingress');
    expect(at(ingress, 'metadata', 'annotations')).to.deep.equal({ 'nginx.ingress.kubernetes.io/backend-protocol': 'HTTPS' });
    expect(at(ingress, 'spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port')).to.deep.equal({ name: 'https' });
    // helm test's wget does not check the pod's certificate (busybox's own TLS checks none; another image's would).
    expect(at(object(gateway, 'Pod'), 'spec', 'containers', 0, 'args')).to.deep.equal(['-q', '-O', '/dev/null', '-T', '10', '--no-check-certificate', 'https://api-gateway:8443/readyz']);
    // An HTTP module keeps plain HTTP probes and no backend annotation.
    const editor = chartOf(charts, 'editor', 'production');
    expect(at(container(editor), 'readinessProbe', 'httpGet')).to.deep.equal({ path: '/readyz', port: 'http' });
    expect(at(object(editor, 'Pod'), 'spec', 'containers', 0, 'args')).to.deep.equal(['-q', '-O', '/dev/null', '-T', '10', 'http://editor:8080/readyz']);
  });
});
