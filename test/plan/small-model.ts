// A small inline modules.yaml for plan tests, built through the real Model builder.
import { parse } from 'yaml';
import type { RawConfig, RawModule } from '../../src/config/types.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { buildPlan } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/types.js';

export const SMALL_YAML = `
project:
  name: small
  description: Three modules.
  github: { owner: acme, apiUrl: https://api.github.com, credentialsId: gh }
  dockerHub: { registry: docker.io, namespace: acme, credentialsId: hub }
  charts: { repository: oci://registry-1.docker.io/acme-charts, credentialsId: hub }
  slack: { channel: '#production', credentialsId: slack }
  library: { name: lib, version: v1.0.0, repository: https://github.com/acme/lib.git }
  jenkins: { folder: small, kubernetesCloud: kubernetes, buildTimeoutMinutes: 30, buildsToKeep: 5 }
  agents: { build: 'moby/buildkit:v0.17.3-rootless', helm: 'alpine/k8s:1.31.4', scanner: 'aquasec/trivy:0.58.1', node: 'acme/gatehouse-cli:0.1.0' }
environments:
  stage: { namespace: stage-ns, clusterCredentialsId: k1 }
  pre: { namespace: pre-ns, clusterCredentialsId: k1 }
  prod: { namespace: prod-ns, clusterCredentialsId: k2, production: true, approvals: [lead, ops] }
branchFlow:
  feature: { branches: ['feature/*', 'fix/**'], stages: [checkout, build, unitTests] }
  pullRequest: { stages: [checkout, build] }
  staging: { branches: [develop], environment: stage, stages: [checkout, build, unitTests, scan, qualityGate, pushImage, publishChart, deploy, integrationTests] }
  prMerge: { source: develop, target: main, environment: pre, stages: [deploy, build, publishChart, checkout, pushImage, qualityGate, scan, unitTests] }
  master: { branches: [main], environment: prod, stages: [checkout, promote, approve, deploy, smokeTests] }
release:
  timeZone: UTC
  weekdays: [mon]
  goNoGoTime: '16:00'
  releaseTime: '17:00'
  approvers:
    lead: { description: The module lead., moduleLead: true, submitters: [leads, alice] }
    ops: { description: Operations., submitters: [ops-team] }
quality:
  channels:
    stable: { minLineCoverage: 80, minBranchCoverage: 70, maxFailedTests: 0, minIntegrationPassRate: 100, maxVulnerabilities: {} }
    beta: { minLineCoverage: 70, minBranchCoverage: 50, maxFailedTests: 0, minIntegrationPassRate: 90, maxVulnerabilities: {} }
    alpha: { minLineCoverage: 50, minBranchCoverage: 30, maxFailedTests: 3, minIntegrationPassRate: 80, maxVulnerabilities: {} }
defaults:
  unitTests: { command: make test, junit: junit.xml, coverage: cov.xml }
  integrationTests: { command: make it, junit: it.xml }
  chart: { port: 8080, replicas: 1 }
modules:
  base: { description: Base., repository: base, version: 1.0.0, lead: alice, dependsOn: [] }
  mid: { description: Mid., repository: mid, version: 1.0.0, lead: bob, dependsOn: [base], skip: { integrationTests: Has no API of its own. } }
  top: { description: Top., repository: top, version: 1.0.0, lead: carol, dependsOn: [mid, base] }
`;

/** The small model, optionally changed by `edit` on the raw config first. */
export function smallModel(edit?: (raw: RawConfig) => void): Model {
  const raw = parse(SMALL_YAML) as RawConfig;
  edit?.(raw);
  return buildModel(raw);
}

export function smallPlan(edit?: (raw: RawConfig) => void): Plan {
  return buildPlan(smallModel(edit));
}

/** The small plan in continuous mode: every master build promotes itself after its approvals. */
export function continuousPlan(edit?: (raw: RawConfig) => void): Plan {
  return smallPlan((raw) => {
    raw.release.mode = 'continuous';
    edit?.(raw);
  });
}

/** A module of the property tests' random configs: who leads it, what it skips, its coverage report. */
export interface RandomModule {
  lead: string;
  skip: Record<string, string>;
  coverage?: string | undefined;
}

/** The small model with its modules replaced by independent modules m0, m1, ... as `settings` say, in `mode`. */
export function modelWithRandomModules(settings: readonly RandomModule[], mode: 'train' | 'continuous'): Model {
  return smallModel((raw) => {
    raw.release.mode = mode;
    raw.modules = Object.fromEntries(
      settings.map(({ lead, skip, coverage }, i): [string, RawModule] => [
        `m${i}`,
        { description: 'M.', repository: `m${i}`, version: '1.0.0', lead, dependsOn: [], skip, ...(coverage === undefined ? {} : { unitTests: { coverage } }) },
      ]),
    );
  });
}
