// The agent pods: the deploy pod must run in a namespace that enforces the Pod Security Standard
// `baseline`, the build pod (rootless BuildKit) cannot; gatehousePod appends the module's test
// container with its image read back exactly. The harness scenarios check the pods every build
// really starts (test/pipelines/scenarios.test.ts).
import { expect } from 'chai';
import { parse } from 'yaml';
import type { FileSet } from '../../../src/emit/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import type { PodManifest } from '../../harness/pod-security.js';
import { baselineViolations } from '../../harness/pod-security.js';
import { runGroovy } from '../../render/groovy.js';
import { HOSTILE_STRINGS } from '../../render/hostile.js';
import { emitJenkinsSide, fileContent, loadPlan } from '../jenkinsfile/support.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

const template = (files: FileSet, group: string) => parse(fileContent(files, `library/resources/gatehouse/pods/${group}.yaml`)) as PodManifest;

describe('library: agent pods', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let files: FileSet;
  before(async () => {
    files = emitJenkinsSide(await loadPlan(DEFAULT_CONFIG));
  });

  it('lets a namespace that enforces Pod Security baseline run the deploy pod, and not the build pod (BuildKit)', () => {
    expect(baselineViolations(template(files, 'deploy'))).to.deep.equal([]);
    expect(baselineViolations(template(files, 'build'))).to.deep.equal([
      'annotation container.apparmor.security.beta.kubernetes.io/build: unconfined',
      'container build: seccomp profile Unconfined',
    ]);
  });

  it('finds each baseline control a pod can break (the check is not vacuous)', () => {
    const pod = (spec: Partial<PodManifest['spec']>, container: Record<string, unknown> = {}): PodManifest =>
      ({ spec: { containers: [{ name: 'c', ...container }], ...spec } });
    const cases: [PodManifest, string][] = [
      [pod({ hostNetwork: true }), 'pod: hostNetwork'],
      [pod({ hostPID: true }), 'pod: hostPID'],
      [pod({ volumes: [{ name: 'v', hostPath: { path: '/' } }] }), 'pod: hostPath volume'],
      [pod({ securityContext: { seccompProfile: { type: 'Unconfined' } } }), 'pod: seccomp profile Unconfined'],
      [pod({ securityContext: { sysctls: [{ name: 'kernel.msgmax' }] } }), 'pod: unsafe sysctls kernel.msgmax'],
      [pod({}, { securityContext: { privileged: true } }), 'container c: privileged'],
      [pod({}, { securityContext: { capabilities: { add: ['NET_BIND_SERVICE', 'SYS_ADMIN'] } } }), 'container c: adds capabilities SYS_ADMIN'],
      [pod({}, { securityContext: { appArmorProfile: { type: 'Unconfined' } } }), 'container c: AppArmor profile Unconfined'],
      [pod({}, { securityContext: { seLinuxOptions: { type: 'spc_t' } } }), 'container c: custom SELinux options'],
      [pod({}, { securityContext: { procMount: 'Unmasked' } }), 'container c: procMount Unmasked'],
      [pod({}, { ports: [{ hostPort: 8080 }] }), 'container c: host port'],
      [pod({}, { readinessProbe: { httpGet: { host: '10.0.0.1' } } }), 'container c: probe or lifecycle host'],
    ];
    for (const [manifest, want] of cases) expect(baselineViolations(manifest), want).to.deep.equal([want]);
  });

  it('appends the tests container, its image read back exactly, whatever the image string', () => {
    const source = fileContent(files, 'library/vars/gatehousePod.groovy');
    const images = ['golang:1.23.4-bookworm', ...HOSTILE_STRINGS.filter((s) => s !== '')];
    const groovyString = (text: string) => JSON.stringify(text).replace(/\$/g, '\\$');
    const script = [
      'import groovy.json.JsonOutput',
      `def step = new GroovyShell().parse(${groovyString(source)})`,
      `def resources = [build: ${groovyString(fileContent(files, 'library/resources/gatehouse/pods/build.yaml'))}, deploy: ${groovyString(fileContent(files, 'library/resources/gatehouse/pods/deploy.yaml'))}]`,
      "step.binding.setVariable('libraryResource', { String path -> resources[path.tokenize('/.')[2]] })",
      "step.binding.setVariable('error', { String m -> throw new IllegalStateException(m) })",
      'def out = []',
      ...images.map((image, i) => `out << step.call(group: '${i % 2 === 0 ? 'deploy' : 'build'}', testImage: ${groovyString(image)})`),
      "out << step.call(group: 'deploy')",
      'println JsonOutput.toJson(out)',
    ].join('\n');
    const pods = (JSON.parse(runGroovy(script)) as string[]).map((yaml) => parse(yaml) as PodManifest);
    images.forEach((image, i) => {
      const tests = pods[i]!.spec.containers.at(-1) as unknown as { name: string; image: string };
      expect([tests.name, tests.image]).to.deep.equal(['tests', image]);
      if (i % 2 === 0) expect(baselineViolations(pods[i]!), image).to.deep.equal([]);
    });
    expect(pods.at(-1)!.spec.containers.map((c) => c.name)).to.deep.equal(['helm', 'node']);
  });
});
