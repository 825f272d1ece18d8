// Hostile strings in every free-text field of modules.yaml must come out of the Jenkins side of
// generated/ as inert literals: the Groovy still compiles (Groovy 2.4) with no GString, each value
// reads back exactly from its literal, YAML re-parses to the same value, and text that is not
// meant to be emitted (skip reasons, allow-list reasons) is nowhere.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RawConfig } from '../../../src/config/types.js';
import { buildModel } from '../../../src/model/build.js';
import { buildPlan } from '../../../src/plan/plan.js';
import type { Plan } from '../../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import type { FileSet } from '../../../src/emit/types.js';
import { checkGroovyTrees } from '../../render/groovy.js';
import { HOSTILE_STRINGS } from '../../render/hostile.js';
import { literalsOf } from './extract.js';
import { emitJenkinsSide, fileContent, loadPlan, SMALL_CONFIG, writeToTempDir } from './support.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

/** Paths (in the raw YAML) of free-text fields the Jenkins side emits. */
const EMITTED = [
  'project.name', 'project.description', 'project.github.owner', 'project.github.apiUrl',
  'project.github.credentialsId', 'project.dockerHub.registry', 'project.dockerHub.namespace',
  'project.dockerHub.credentialsId', 'project.charts.repository', 'project.charts.credentialsId',
  'project.slack.channel', 'project.slack.credentialsId', 'project.library.name', 'project.library.version',
  'project.jenkins.folder', 'project.jenkins.kubernetesCloud',
  'environments.staging.namespace', 'environments.staging.clusterCredentialsId',
  'environments.preprod.namespace', 'environments.preprod.clusterCredentialsId',
  'environments.production.namespace', 'environments.production.clusterCredentialsId',
  'branchFlow.feature.branches.0', 'branchFlow.feature.branches.1', 'branchFlow.staging.branches.0',
  'branchFlow.master.branches.0', 'branchFlow.prMerge.source', 'branchFlow.prMerge.target',
  'release.approvers.moduleLead.description', 'release.approvers.moduleLead.submitters.0',
  'release.approvers.sre.description', 'release.approvers.sre.submitters.0',
  'release.approvers.qa.submitters.0', 'release.approvers.product.description',
  'quality.scan.allow.0.id', 'quality.scan.allow.0.expires',
  'defaults.unitTests.command', 'defaults.unitTests.junit', 'defaults.unitTests.coverage',
  'defaults.integrationTests.command', 'defaults.integrationTests.junit', 'defaults.smokeTests.command',
  'defaults.build.dockerfile', 'defaults.build.context',
  'modules.config-service.description', 'modules.config-service.repository', 'modules.config-service.lead',
  'modules.config-service.unitTests.command', 'modules.config-service.unitTests.junit',
  'modules.config-service.unitTests.coverage', 'modules.config-service.integrationTests.command',
  'modules.config-service.integrationTests.junit', 'modules.auth.description', 'modules.auth.repository',
  'modules.auth.lead', 'modules.auth.build.dockerfile', 'modules.auth.build.context',
  'modules.auth.smokeTests.command', 'modules.render-worker.description', 'modules.render-worker.lead',
];
/** Agent images: YAML in the pod templates (the node image is also the default test image). */
const EMITTED_YAML = ['project.agents.build', 'project.agents.helm', 'project.agents.scanner', 'project.agents.node'];
/** Free text that must never reach a generated file (it could only land in a comment). */
const NEVER_EMITTED = ['modules.render-worker.skip.integrationTests', 'quality.scan.allow.0.reason', 'environments.staging.description'];

const CANDIDATES = HOSTILE_STRINGS;

function setPath(root: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node = root as Record<string, unknown> | unknown[];
  for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown>)[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (typeof (node as Record<string, unknown>)[last] !== 'string') throw new Error(`fixture has no string at ${path}`);
  (node as Record<string, unknown>)[last] = value;
}

/**
 * The small fixture with a hostile string in each field. It goes straight to buildModel: the
 * emitters must be safe even for values validation would reject (defence in depth).
 */
function hostileConfig(mode: 'continuous' | 'train' = 'continuous'): { plan: Plan; values: Map<string, string> } {
  const raw = parse(readFileSync(SMALL_CONFIG, 'utf8')) as Record<string, unknown>;
  const values = new Map<string, string>();
  [...EMITTED, ...EMITTED_YAML, ...NEVER_EMITTED].forEach((field, i) => {
    const value = `${CANDIDATES[i % CANDIDATES.length]}<${i}>`;
    setPath(raw, field, value);
    values.set(field, value);
  });
  // Continuous mode (the default here): master builds deploy to production themselves, so the
  // production environment's values reach the module Jenkinsfiles; train mode puts them in the
  // release train's Jenkinsfile instead.
  (raw['release'] as Record<string, unknown>)['mode'] = mode;
  return { plan: buildPlan(buildModel(raw as unknown as RawConfig)), values };
}

function groovyFiles(files: FileSet) {
  return files.filter((f) => f.path.endsWith('.groovy') || f.path.endsWith('/Jenkinsfile'));
}

describe('emit (Jenkins side): hostile strings in every free-text field', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // one test compiles three trees in Groovy 2.4
  let files: FileSet;
  let values: Map<string, string>;
  let literals: string[];
  before(() => {
    const config = hostileConfig();
    values = config.values;
    files = emitJenkinsSide(config.plan);
    // The files rendered from modules.yaml; the static library files hold no user data.
    const rendered = files.filter((f) => f.path.endsWith('/Jenkinsfile') || f.path === 'jobs/seed.groovy' || f.path === 'library/vars/gatehouseProject.groovy');
    const code = rendered.flatMap((f) => f.content.split('\n').filter((line) => !line.trim().startsWith('//')));
    literals = code.flatMap(literalsOf);
  });

  it('writes Groovy that is printable ASCII only (every unusual character escaped)', () => {
    for (const file of groovyFiles(files)) expect(file.content, file.path).to.match(/^[\x20-\x7e\n]*$/);
  });

  it('reads every emitted value back exactly from a single-quoted literal', () => {
    // project.agents.node is also every module's test image here: gatehousePod(testImage: ...).
    for (const field of [...EMITTED, 'project.agents.node']) {
      const value = values.get(field)!;
      expect(literals.some((literal) => literal.includes(value)), field).to.equal(true);
    }
  });

  it('puts agent images into the pod templates as YAML strings that parse back exactly', () => {
    const images = (group: string) => {
      const pod = parse(fileContent(files, `library/resources/gatehouse/pods/${group}.yaml`)) as { spec: { containers: { name: string; image: string }[] } };
      return Object.fromEntries(pod.spec.containers.map((c) => [c.name, c.image]));
    };
    expect(images('build')).to.deep.equal({
      build: values.get('project.agents.build'),
      helm: values.get('project.agents.helm'),
      scanner: values.get('project.agents.scanner'),
      node: values.get('project.agents.node'),
    });
    expect(images('deploy')).to.deep.equal({ helm: values.get('project.agents.helm'), node: values.get('project.agents.node') });
  });

  it('never emits skip reasons or other prose meant only for people', () => {
    for (const field of NEVER_EMITTED) {
      const value = values.get(field)!;
      expect(literals.some((literal) => literal.includes(value)), field).to.equal(false);
      for (const file of files) expect(file.content.includes(value), `${field} in ${file.path}`).to.equal(false);
    }
  });

  it('writes the release train\'s Jenkinsfile with every value it names read back exactly from a literal', () => {
    const train = emitJenkinsSide(hostileConfig('train').plan);
    const release = fileContent(train, 'release/Jenkinsfile');
    expect(release).to.match(/^[\x20-\x7e\n]*$/);
    const trainLiterals = release.split('\n').filter((line) => !line.trim().startsWith('//')).flatMap(literalsOf);
    const fields = ['project.name', 'project.library.name', 'project.jenkins.kubernetesCloud', 'environments.preprod.namespace',
      'environments.preprod.clusterCredentialsId', 'environments.production.namespace', 'environments.production.clusterCredentialsId'];
    for (const field of fields) expect(trainLiterals.some((literal) => literal.includes(values.get(field)!)), field).to.equal(true);
  });

  it('compiles with Groovy 2.4 without any GString, here and for the real and small configs (one JVM)', async () => {
    const dirs = [
      writeToTempDir(groovyFiles(files), 'hostile'),
      writeToTempDir(groovyFiles(emitJenkinsSide(hostileConfig('train').plan)), 'hostile-train'),
      writeToTempDir(groovyFiles(emitJenkinsSide(await loadPlan(SMALL_CONFIG))), 'small'),
      writeToTempDir(groovyFiles(emitJenkinsSide(await loadPlan(DEFAULT_CONFIG))), 'repo'),
    ];
    const results = checkGroovyTrees(dirs);
    for (const result of results) {
      expect(result.problems).to.deep.equal([]);
      expect(result.files).to.be.greaterThan(15);
    }
  });
});
