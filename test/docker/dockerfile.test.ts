// The CLI image's Dockerfile (no docker here): its instructions must agree with package.json, the
// compiler's inputs, the files the CLI reads at run time (src/util/paths.ts) and modules.yaml.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { PACKAGE_ROOT, SCHEMAS_DIR, TEMPLATES_DIR } from '../../src/util/paths.js';

interface Instruction { op: string; args: string }

/** The instructions of each stage (continuation lines joined, comments dropped). */
function stages(text: string): Instruction[][] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const result: Instruction[][] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    if (op === 'FROM') result.push([]);
    result.at(-1)?.push({ op, args: rest.join(' ') });
  }
  return result;
}

const read = (path: string) => readFileSync(join(PACKAGE_ROOT, path), 'utf8');
const args = (stage: Instruction[], op: string) => stage.filter((i) => i.op === op).map((i) => i.args);

describe('docker: the gatehouse CLI image', () => {
  const text = read('Dockerfile');
  const [build = [], runtime = []] = stages(text);
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; bin: { gatehouse: string } };

  it('builds in a build stage, runs in a runtime stage, both on a Node.js that package.json accepts', () => {
    expect(stages(text)).to.have.length(2);
    for (const stage of [build, runtime]) {
      const version = /^node:(\d+\.\d+)/.exec(args(stage, 'FROM')[0] ?? '')?.[1];
      expect(version && semver.satisfies(`${version}.0`, pkg.engines.node), `FROM ${args(stage, 'FROM')[0]}`).to.equal(true);
    }
  });

  it('compiles everything tsconfig.json includes', () => {
    const tsconfig = JSON.parse(read('tsconfig.json')) as { include: string[] };
    const copied = args(build, 'COPY').map((a) => a.split(/\s+/)[0]);
    for (const pattern of tsconfig.include) expect(copied, pattern).to.include(pattern.split('/')[0]);
    expect(args(build, 'RUN')).to.include('npm run build');
  });

  it('ships the compiled CLI with the templates and schemas it reads at run time, and its bin as `gatehouse`', () => {
    const workdir = args(runtime, 'WORKDIR')[0]!;
    const copies = args(runtime, 'COPY').map((a) => a.split(/\s+/).slice(-2));
    for (const dir of [TEMPLATES_DIR, SCHEMAS_DIR].map((d) => relative(PACKAGE_ROOT, d))) {
      expect(copies, dir).to.deep.include([dir, `./${dir}`]);
    }
    expect(copies).to.deep.include(['/build/dist', './dist']);
    expect(args(runtime, 'RUN')).to.include(`ln -s ${posix.join(workdir, pkg.bin.gatehouse)} /usr/local/bin/gatehouse`);
    expect(args(runtime, 'RUN').some((r) => r.startsWith('npm ci --omit=dev --ignore-scripts'))).to.equal(true);
  });

  it('carries this modules.yaml and points GATEHOUSE_CONFIG at it', () => {
    const config = args(runtime, 'COPY').find((a) => a.startsWith('modules.yaml '))?.split(/\s+/)[1];
    expect(config).to.match(/^\//);
    expect(args(runtime, 'ENV')).to.include(`GATEHOUSE_CONFIG=${config}`);
  });

  it('runs as a numeric non-root user and is the image modules.yaml names as project.agents.node', () => {
    expect(args(runtime, 'USER')).to.have.length(1);
    expect(Number(args(runtime, 'USER')[0])).to.be.greaterThan(0);
    const node = (parse(read('modules.yaml')) as { project: { agents: { node: string } } }).project.agents.node;
    expect(text).to.contain(`docker build -t ${node} .`);
  });
});
