// The schema check itself can fail: wrong types, missing required fields and unknown fields are
// each reported with the object and the path.
import { expect } from 'chai';
import { kubernetesSchemaProblems } from './kubernetes-schema.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

const DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx:1', ports: [{ name: 'http', containerPort: 80 }], resources: { limits: { cpu: '1' } } }] },
    },
  },
};

describe('kubernetes schema check', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it('accepts a valid object (maps of labels, int-or-string ports, quantities)', async () => {
    expect(await kubernetesSchemaProblems([DEPLOYMENT])).to.deep.equal([]);
  });

  it('reports wrong types, missing required fields and unknown fields, with their paths', async () => {
    const broken = structuredClone(DEPLOYMENT) as unknown as { spec: Record<string, unknown> & { template: { spec: { containers: Record<string, unknown>[] } } } };
    broken.spec['replicas'] = 'two';
    broken.spec['replica'] = 3;
    broken.spec.template.spec.containers[0]!['imagePolicy'] = 'Always';
    delete broken.spec.template.spec.containers[0]!['name'];
    const problems = await kubernetesSchemaProblems([broken as unknown as typeof DEPLOYMENT]);
    expect(problems).to.include('Deployment/web /spec/replicas: must be integer');
    expect(problems).to.include('Deployment/web /spec/replica: unknown field "replica"');
    expect(problems).to.include('Deployment/web /spec/template/spec/containers/0/imagePolicy: unknown field "imagePolicy"');
    expect(problems).to.include('Deployment/web /spec/template/spec/containers/0: must have required property name');
  });

  it('reports what the API server checks beyond the schema: label values, names, selectors', async () => {
    const broken = structuredClone(DEPLOYMENT) as unknown as { metadata: { name: string; labels: Record<string, unknown> } };
    broken.metadata.labels['helm.sh/chart'] = 'web-1.2.3-alpha.';
    broken.metadata.labels['on'] = true;
    broken.metadata.name = 'Web';
    const problems = await kubernetesSchemaProblems([broken as unknown as typeof DEPLOYMENT]);
    expect(problems).to.include.members([
      'Deployment/Web /metadata/name: "Web" is not a valid Deployment name',
      'Deployment/Web /metadata/labels/helm.sh/chart: label value "web-1.2.3-alpha." must start and end with a letter or digit and hold only letters, digits, "-", "_" and "."',
      'Deployment/Web /metadata/labels/on: label value true is not a string but true',
    ]);
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: '7up' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
    expect(await kubernetesSchemaProblems([service])).to.deep.equal(['Service/7up /metadata/name: "7up" is not a valid Service name']);
  });
});
