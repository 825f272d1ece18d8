// Model building: the three layers (built-in, defaults, module) and how each part merges.
import { expect } from 'chai';
import { buildModel } from '../../src/model/build.js';
import { BUILTIN_MODULE_DEFAULTS } from '../../src/model/defaults.js';
import type { Model, Module } from '../../src/model/types.js';
import { readFixture, validateText } from '../config/helpers.js';

function modelOf(fixture: string): Model {
  const { config, diagnostics } = validateText(readFixture('valid', fixture));
  expect(diagnostics).to.deep.equal([]);
  return buildModel(config ?? expect.fail('no config'));
}

function moduleOf(model: Model, name: string): Module {
  return model.modules.find((m) => m.name === name) ?? expect.fail(`no module ${name}`);
}

describe('model: build', () => {
  const minimal = modelOf('minimal.yaml');
  const full = modelOf('every-override.yaml');

  it('gives a module without overrides the built-in defaults and the file\'s test settings', () => {
    const store = moduleOf(minimal, 'store');
    expect(store.chart).to.deep.equal(BUILTIN_MODULE_DEFAULTS.chart);
    expect(store.build).to.deep.equal({ dockerfile: 'Dockerfile', context: '.' });
    expect(store.deploy).to.deep.equal({ timeoutMinutes: 10, historyMax: 10 });
    expect(store.smokeTests).to.deep.equal({ command: 'helm test --logs' });
    // Test commands run in the gatehouse CLI image unless an image is named.
    const image = minimal.project.agents.node;
    expect(store.unitTests).to.deep.equal({ command: 'npm test', junit: 'reports/junit.xml', coverage: 'reports/cobertura.xml', image });
    expect(store.integrationTests).to.deep.equal({ command: 'npm run it', junit: 'reports/it.xml', image });
    expect(store.skip).to.deep.equal({});
    expect(store.dependsOn).to.deep.equal([]);
  });

  it('takes each test image from the module, else the file\'s defaults, else project.agents.node', () => {
    expect(moduleOf(full, 'api').unitTests.image).to.equal('golang:1.23.4-bookworm');
    expect(moduleOf(full, 'api').integrationTests.image).to.match(/^golang@sha256:/);
    expect(moduleOf(full, 'store').unitTests.image).to.equal('registry.example.com:5000/acme/ci-tools:3');
    expect(moduleOf(minimal, 'store').integrationTests.image).to.equal(minimal.project.agents.node);
  });

  it('merges a module\'s chart over the defaults key by key', () => {
    const api = moduleOf(full, 'api');
    expect(api.chart.port).to.equal(8443);
    expect(api.chart.probes.liveness).to.deep.equal({ command: ['/bin/healthcheck', '--live'], path: '/healthz', initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 });
    expect(api.chart.probes.readiness).to.deep.equal({ path: '/ready' });
    expect(api.chart.resources).to.deep.equal({ requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '1Gi' } });
    expect(api.chart.autoscaling).to.deep.equal({ enabled: true, minReplicas: 2, maxReplicas: 12, targetCPUUtilizationPercentage: 80 });
    expect(api.chart.ingress).to.deep.equal({
      enabled: true,
      host: 'api.shop.example',
      path: '/',
      className: 'nginx',
      tlsSecretName: 'shop-tls',
      annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '8m' },
      controller: 'ingress-nginx',
    });
    expect(api.chart.env['DB_PASSWORD']).to.deep.equal({ secret: 'shop-db', key: 'password' });
  });

  it('keeps the file\'s defaults where a module says nothing', () => {
    const store = moduleOf(full, 'store');
    expect(store.chart.port).to.equal(9000);
    expect(store.smokeTests.command).to.equal('make smoke');
    expect(store.skip).to.deep.equal({
      integrationTests: 'Most modules are covered by the end-to-end suite of the web app.',
      smokeTests: "Smoke tests are run by the platform team's synthetic checks.",
    });
  });

  it('merges a module\'s quality over the project\'s; its allow-list replaces the project\'s', () => {
    const api = moduleOf(full, 'api');
    expect(api.quality.channels.stable).to.deep.equal({
      minLineCoverage: 90, minBranchCoverage: 75, maxFailedTests: 0, minIntegrationPassRate: 99.5,
      maxVulnerabilities: { critical: 0, high: 1, medium: 5, low: 20, unknown: 50 },
    });
    expect(api.quality.channels.beta.minBranchCoverage).to.equal(60);
    expect(api.quality.channels.beta.minLineCoverage).to.equal(70.5);
    expect(api.quality.scan).to.deep.equal({ ignoreUnfixed: false, allow: [{ id: 'GHSA-jfh8-c2jp-5v3q', reason: 'Log4Shell; the jar is not on the class path.', expires: '2027-12-31' }] });
    expect(moduleOf(full, 'store').quality).to.deep.equal(full.quality);
  });

  it('merges a module\'s environment overrides over the environment\'s values', () => {
    const api = moduleOf(full, 'api');
    expect(api.environments['production']).to.deep.equal({
      replicas: 6,
      resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '2', memory: '2Gi' } },
      autoscaling: { enabled: true, minReplicas: 3, maxReplicas: 20, targetCPUUtilizationPercentage: 60 },
    });
    expect(api.environments['staging']).to.include.keys(['replicas', 'autoscaling', 'ingress', 'env', 'envFrom', 'volumes']);
    expect(api.environments['staging']?.ingress?.host).to.equal('api.staging.shop.example');
    expect(api.environments['preprod']).to.deep.equal({ ingress: { host: 'api.preprod.shop.example' } });
    expect(Object.keys(api.environments)).to.deep.equal(['preprod', 'production', 'staging']);
  });

  it('fills optional keys: descriptions, approvals, release PR branches, approver flags, the config branch, the load test image', () => {
    expect(minimal.project.description).to.equal('');
    expect([minimal.project.configBranch, full.project.configBranch]).to.deep.equal(['main', 'release/config']);
    expect(full.release.loadTest?.image).to.equal('grafana/k6:0.55.0');
    expect(minimal.environments.map((e) => [e.name, e.production, e.approvals])).to.deep.equal([
      ['staging', false, []],
      ['preprod', false, []],
      ['production', true, ['sre']],
    ]);
    expect(minimal.branchFlow.prMerge).to.deep.equal({ kind: 'prMerge', branches: [], source: 'staging', target: 'master', environment: 'preprod', stages: ['checkout', 'build', 'unitTests', 'scan', 'qualityGate', 'pushImage', 'publishChart', 'deploy', 'integrationTests'] });
    expect(full.branchFlow.prMerge.source).to.equal('release');
    expect(minimal.branchFlow.pullRequest).to.deep.equal({ kind: 'pullRequest', branches: [], stages: ['checkout', 'build', 'unitTests'] });
    expect(minimal.release.approvers).to.deep.equal([{ name: 'sre', description: 'Site reliability engineering.', submitters: ['sre-team'], moduleLead: false }]);
    expect(minimal.quality.scan).to.deep.equal({ ignoreUnfixed: false, allow: [] });
  });

  it('sorts modules and dependencies by code unit, whatever the file order', () => {
    const text = readFixture('valid', 'minimal.yaml')
      .replace('dependsOn: [store]', 'dependsOn: [store, db]')
      .replace('modules:\n', 'modules:\n  store-v2: { description: Next store., repository: store2, version: 1.0.0, lead: z }\n  db: { description: Database., repository: db, version: 1.0.0, lead: z }\n');
    const { config, diagnostics } = validateText(text);
    expect(diagnostics).to.deep.equal([]);
    const model = buildModel(config ?? expect.fail('invalid'));
    expect(model.modules.map((m) => m.name)).to.deep.equal(['api', 'db', 'store', 'store-v2']);
    expect(moduleOf(model, 'api').dependsOn).to.deep.equal(['db', 'store']);
  });

  it('does not change the config it is given', () => {
    const { config } = validateText(readFixture('valid', 'every-override.yaml'));
    const before = JSON.stringify(config);
    buildModel(config ?? expect.fail('invalid'));
    expect(JSON.stringify(config)).to.equal(before);
  });
});
