import { expect } from 'chai';
import { parse } from 'yaml';
import { generatedHeader } from '../../../src/emit/header.js';
import type { FileSet } from '../../../src/emit/types.js';
import type { Plan } from '../../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { emitJenkinsSide, fileContent, loadPlan } from '../jenkinsfile/support.js';

/** Steps other helpers ship in templates/library/static/vars (the chart helper's helm steps). */
const FROM_OTHERS = new Set(['helmPublish', 'helmDeploy', 'helmRollback']);

interface Pod {
  spec: { containers: { name: string; image: string; command?: string[]; args?: string[]; securityContext?: unknown }[] };
}

describe('emit/library', () => {
  let plan: Plan;
  let files: FileSet;
  const library = () => files.filter((f) => f.path.startsWith('library/'));
  const vars = (ext: string) =>
    library()
      .filter((f) => f.path.startsWith('library/vars/') && f.path.endsWith(ext))
      .map((f) => f.path.slice('library/vars/'.length, -ext.length));
  before(async () => {
    plan = await loadPlan(DEFAULT_CONFIG);
    files = emitJenkinsSide(plan);
  });

  it('ships a help file for every step and a step for every help file', () => {
    expect(vars('.groovy').filter((s) => !FROM_OTHERS.has(s))).to.deep.equal(vars('.txt').filter((s) => !FROM_OTHERS.has(s)));
    expect(vars('.groovy')).to.include.members(['gatehouseCheckout', 'gatehouseDeploy', 'gatehouseApprovals', 'gatehouseProject']);
  });

  it('writes help text without angle brackets (Jenkins may render it as HTML)', () => {
    for (const file of library().filter((f) => f.path.endsWith('.txt'))) expect(file.content, file.path).not.to.match(/[<>]/);
  });

  it('starts each file with the generated header in its own comment syntax (none for help text)', () => {
    for (const file of library()) {
      if (file.path.endsWith('.groovy')) expect(file.content.startsWith(generatedHeader('slash', plan.model.project.configRepository)), file.path).to.equal(true);
      if (file.path.endsWith('.yaml')) expect(file.content.startsWith(generatedHeader('hash', plan.model.project.configRepository)), file.path).to.equal(true);
      if (file.path.endsWith('.txt')) expect(file.content.startsWith('GENERATED'), file.path).to.equal(false);
    }
  });

  it('has a library step for every step the Jenkinsfiles call', () => {
    const provided = new Set(vars('.groovy'));
    const called = new Set(
      files
        .filter((f) => f.path.endsWith('/Jenkinsfile'))
        .flatMap((f) => [...f.content.matchAll(/^\s*(gatehouse[A-Za-z]+)\(/gm)].map((m) => m[1]!)),
    );
    expect(called.size).to.be.greaterThan(10);
    for (const step of called) expect(provided.has(step), step).to.equal(true);
  });

  it('keeps steps stateless and classes CPS-safe: Serializable, @NonCPS only on static helpers', () => {
    for (const file of library().filter((f) => f.path.startsWith('library/src/'))) {
      expect(file.content, file.path).to.match(/ implements Serializable \{/);
      for (const match of file.content.matchAll(/@NonCPS\n\s*(.*)/g)) expect(match[1], file.path).to.match(/\bstatic\b/);
    }
    for (const file of library().filter((f) => f.path.startsWith('library/vars/') && f.path.endsWith('.groovy'))) {
      expect(file.content, file.path).not.to.match(/^(def|String|Map|List|int)\s+\w+\s*=/m);
    }
  });

  it('passes values to shell scripts only through the environment and binds secrets with withCredentials', () => {
    for (const file of library().filter((f) => f.path.endsWith('.groovy'))) {
      expect(file.content, file.path).not.to.match(/\bsh\s*\(?\s*"/);
      expect(file.content, file.path).not.to.match(/"""/);
    }
    const push = fileContent(files, 'library/vars/gatehousePushImage.groovy');
    expect(push).to.contain('withCredentials([usernamePassword(credentialsId: project.dockerCredentialsId');
  });

  it('renders the project settings the steps read', () => {
    const project = fileContent(files, 'library/vars/gatehouseProject.groovy');
    expect(project).to.contain("dockerNamespace: 'acmeonline',");
    expect(project).to.contain("slackChannel: '#production',");
    expect(project).to.contain("chartsRepository: 'oci://registry-1.docker.io/acmeonline-charts',");
  });

  it('describes the build pod with rootless BuildKit as a long-running daemon and idle tool containers, the deploy pod without it', () => {
    const build = parse(fileContent(files, 'library/resources/gatehouse/pods/build.yaml')) as Pod;
    const byName = new Map(build.spec.containers.map((c) => [c.name, c]));
    expect([...byName.keys()]).to.deep.equal(['build', 'helm', 'scanner', 'node']);
    const buildkit = byName.get('build')!;
    expect(buildkit.image).to.equal(plan.model.project.agents.build).and.match(/-rootless$/);
    expect(buildkit.command).to.equal(undefined);
    expect(buildkit.args).to.include('--oci-worker-no-process-sandbox');
    for (const name of ['helm', 'scanner', 'node'] as const) {
      expect(byName.get(name)!.image).to.equal(plan.model.project.agents[name]);
      expect(byName.get(name)!.command).to.deep.equal(['sleep']);
    }
    const deploy = parse(fileContent(files, 'library/resources/gatehouse/pods/deploy.yaml')) as Pod;
    expect(deploy.spec.containers.map((c) => [c.name, c.image, c.command])).to.deep.equal([
      ['helm', plan.model.project.agents.helm, ['sleep']],
      ['node', plan.model.project.agents.node, ['sleep']],
    ]);
  });

  it('ends each pod template with its containers list, where gatehousePod appends the tests container', () => {
    for (const group of ['build', 'deploy']) {
      const lines = fileContent(files, `library/resources/gatehouse/pods/${group}.yaml`).trimEnd().split('\n');
      const top = lines.filter((l) => /^\S/.test(l) && !l.startsWith('#')).at(-1);
      const inSpec = lines.filter((l) => /^ {2}\S/.test(l) && !l.trim().startsWith('#')).at(-1);
      expect([top, inSpec], group).to.deep.equal(['spec:', '  containers:']);
    }
  });
});
