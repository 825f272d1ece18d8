import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliIn } from '../app/run-cli.js';
import { SMALL_YAML } from '../plan/small-model.js';
import { emptyCommitBranch, git } from './git.js';

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: ${from} not in ${file}`);
  await writeFile(file, text.replace(from, to));
}

const MID_1_0_0 = 'mid: { description: Mid., repository: mid, version: 1.0.0';
const BASE_1_0_0 = 'base: { description: Base., repository: base, version: 1.0.0';

/**
 * A repository whose `feature` branch tracks `main`: main has moved on since feature branched
 * (base 1.0.1), and feature's working tree bumps mid to 2.0.0. Returns the repository and the
 * commit feature branched from.
 */
async function repoWithFeatureBranch(dir: string, configPath = 'modules.yaml'): Promise<{ repo: string; forkPoint: string }> {
  const repo = join(dir, 'repo');
  const config = join(repo, configPath);
  await mkdir(join(config, '..'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main', 'repo');
  await writeFile(config, SMALL_YAML);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'modules');
  const forkPoint = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature', '--track', 'main');
  git(repo, 'checkout', '-q', 'main');
  await edit(config, BASE_1_0_0, BASE_1_0_0.replace('1.0.0', '1.0.1'));
  git(repo, 'commit', '-q', '-am', 'base 1.0.1');
  git(repo, 'checkout', '-q', 'feature');
  await edit(config, MID_1_0_0, MID_1_0_0.replace('1.0.0', '2.0.0'));
  return { repo, forkPoint };
}

describe('cli: gatehouse diff (against a real git repository)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gatehouse-diff-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('compares with the merge base of HEAD and its upstream by default, and says so', async () => {
    const { repo, forkPoint } = await repoWithFeatureBranch(dir);
    const { code, out, err } = await runCliIn(repo, ['diff', '--config', 'modules.yaml']);
    expect([code, err]).to.deep.equal([0, '']);
    expect(out.split('\n')[0]).to.equal(`modules.yaml (working tree) compared with ${forkPoint.slice(0, 7)}, the merge base of HEAD and main`);
    expect(out).to.contain('\nmid: changed\n  version 2.0.0 (was 1.0.0)\n');
    // main's own change since the fork is not this branch's doing.
    expect(out).not.to.contain('base: changed');
  });

  it('--base compares with the given revision', async () => {
    const { repo } = await repoWithFeatureBranch(dir);
    const { code, out } = await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--base', 'main']);
    expect(code).to.equal(0);
    expect(out.split('\n')[0]).to.equal(`modules.yaml (working tree) compared with main (${git(repo, 'rev-parse', '--short=7', 'main')})`);
    expect(out).to.contain('\nbase: changed\n  version 1.0.0 (was 1.0.1)\n');
    expect(out).to.contain('\nmid: changed\n  version 2.0.0 (was 1.0.0)\n');
  });

  it('--exit-code exits 1 when anything changes and 0 when nothing does', async () => {
    const { repo } = await repoWithFeatureBranch(dir);
    expect((await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--exit-code'])).code).to.equal(1);
    expect((await runCliIn(repo, ['diff', '--config', 'modules.yaml'])).code).to.equal(0);
    git(repo, 'checkout', '-q', '--', 'modules.yaml');
    const unchanged = await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--exit-code']);
    expect(unchanged.code).to.equal(0);
    expect(unchanged.out).to.contain('No changes: the Plan and every generated file are the same.');
  });

  it('prints JSON for bots and Markdown for a pull request comment', async () => {
    const { repo, forkPoint } = await repoWithFeatureBranch(dir);
    const json = JSON.parse((await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--format', 'json'])).out) as {
      base: unknown;
      changed: boolean;
      modules: { name: string; changes: { kind: string; before: unknown; after: unknown }[] }[];
    };
    expect(json.base).to.deep.equal({ revision: null, upstream: 'main', commit: forkPoint });
    expect(json.changed).to.equal(true);
    expect(json.modules.map((m) => [m.name, m.changes.map((c) => [c.kind, c.before, c.after])])).to.deep.equal([['mid', [['version', '1.0.0', '2.0.0']]]]);
    const markdown = (await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--format', 'markdown'])).out;
    expect(markdown).to.match(/^### gatehouse diff: 1 module changed; \d+ generated files? changes? \(\+\d+ -\d+\)\n\n/);
    expect(markdown).to.contain('\n#### mid\n\n- version 2.0.0 (was 1.0.0)\n');
  });

  it('reads the file by its path in the repository when modules.yaml is in a subdirectory', async () => {
    const { repo } = await repoWithFeatureBranch(dir, 'ops/release/modules.yaml');
    const { code, out } = await runCliIn(join(repo, 'ops'), ['diff', '--config', 'release/modules.yaml']);
    expect(code).to.equal(0);
    expect(out).to.contain('release/modules.yaml (working tree) compared with');
    expect(out).to.contain('\nmid: changed\n  version 2.0.0 (was 1.0.0)\n');
  });

  it('writes nothing', async () => {
    const { repo } = await repoWithFeatureBranch(dir);
    await runCliIn(repo, ['diff', '--config', 'modules.yaml']);
    expect(existsSync(join(repo, 'generated'))).to.equal(false);
    expect(git(repo, 'status', '--porcelain')).to.equal('M modules.yaml');
  });

  it('without an upstream and without --base, exits 2 and says to pass --base', async () => {
    const { repo } = await repoWithFeatureBranch(dir);
    git(repo, 'branch', '-q', '--unset-upstream');
    const { code, out, err } = await runCliIn(repo, ['diff', '--config', 'modules.yaml']);
    expect([code, out]).to.deep.equal([2, '']);
    expect(err).to.match(/^gatehouse: error GH006: HEAD has no upstream branch to compare with \(.*\); pass --base REV, e\.g\. --base origin\/main\n$/);
  });

  it('exits 2 for a revision that does not exist or lacks the file, and outside a repository', async () => {
    const { repo } = await repoWithFeatureBranch(dir);
    const unknown = await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--base', 'no-such-branch']);
    expect([unknown.code, unknown.err]).to.deep.equal([2, 'gatehouse: error GH006: --base no-such-branch: no such commit in this repository\n']);
    const option = await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--base=--output=x']);
    expect([option.code, existsSync(join(repo, 'x'))]).to.deep.equal([2, false]);
    emptyCommitBranch(repo, 'empty');
    const missing = await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--base', 'empty']);
    expect(missing.code).to.equal(2);
    expect(missing.err).to.match(/modules\.yaml does not exist at empty \([0-9a-f]{7}\); pass --base with a revision that has it/);
    await mkdir(join(dir, 'plain'));
    await writeFile(join(dir, 'plain', 'modules.yaml'), SMALL_YAML);
    const outside = await runCliIn(join(dir, 'plain'), ['diff', '--config', 'modules.yaml', '--base', 'HEAD']);
    expect(outside.code).to.equal(2);
    expect(outside.err).to.contain('is not inside a git work tree');
  });

  it('reports an invalid working tree modules.yaml with its diagnostics and exits 1', async () => {
    const { repo } = await repoWithFeatureBranch(dir);
    await edit(join(repo, 'modules.yaml'), 'dependsOn: [base],', 'dependsOn: [bsae],');
    const { code, out, err } = await runCliIn(repo, ['diff', '--config', 'modules.yaml']);
    expect([code, out]).to.deep.equal([1, '']);
    expect(err).to.match(/^gatehouse diff: modules\.yaml in the working tree is not valid:\nmodules\.yaml:\d+:\d+: error GH\d+: .*bsae/);
  });

  it('reports an invalid modules.yaml at the base revision, naming the revision', async () => {
    const { repo } = await repoWithFeatureBranch(dir);
    const good = await readFile(join(repo, 'modules.yaml'), 'utf8');
    await edit(join(repo, 'modules.yaml'), 'dependsOn: [base],', 'dependsOn: [bsae],');
    git(repo, 'commit', '-q', '-am', 'broken');
    await writeFile(join(repo, 'modules.yaml'), good);
    const { code, out, err } = await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--base', 'HEAD']);
    expect([code, out]).to.deep.equal([1, '']);
    const short = git(repo, 'rev-parse', '--short=7', 'HEAD');
    expect(err).to.match(new RegExp(`^gatehouse diff: modules\\.yaml at HEAD \\(${short}\\) is not valid:\\nmodules\\.yaml@HEAD:\\d+:\\d+: error GH\\d+: .*bsae`));
    expect(err).to.contain('dependsOn: [bsae]');
  });
});
