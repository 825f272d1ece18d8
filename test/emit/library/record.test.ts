// generated/library-versions.json: the library content recorded per pinned version, and GH360
// when the library changes under a version that is already recorded.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { emitAll } from '../../../src/emit/index.js';
import { libraryTreeId, parseLibraryRecord, planLibraryRecord } from '../../../src/emit/library/record.js';
import { loadProject } from '../../../src/app/load-project.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { runCliIn } from '../../app/run-cli.js';
import { makeTempDir, removeTempDirs } from '../../output/temp-dir.js';
import { withLibraryVersion } from '../../github/project.js';

describe('emit/library: the library version record', () => {
  afterEach(removeTempDirs);

  it('records the tree id git writes for the library files', async () => {
    const { plan } = await loadProject(DEFAULT_CONFIG);
    const files = emitAll(plan!).filter((f) => f.path.startsWith('library/'));
    const dir = await makeTempDir();
    for (const file of files) {
      const path = join(dir, file.path.slice('library/'.length));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const gitTree = execFileSync('git', ['write-tree'], { cwd: dir }).toString().trim();
    expect(libraryTreeId(files)).to.equal(gitTree);
  });

  it('adds a new version, keeps the old ones, and refuses a changed tree under a recorded version', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const first = planLibraryRecord({}, 'v1.0.0', a);
    expect('file' in first && parseLibraryRecord(first.file.content)).to.deep.equal({ versions: { 'v1.0.0': a } });
    const bumped = planLibraryRecord({ 'v1.0.0': a }, 'v1.0.1', b);
    expect('file' in bumped && parseLibraryRecord(bumped.file.content)).to.deep.equal({ versions: { 'v1.0.0': a, 'v1.0.1': b } });
    const changed = planLibraryRecord({ 'v1.0.0': a, 'v1.0.1': a }, 'v1.0.0', b);
    expect('finding' in changed && changed.finding).to.deep.include({ code: 'GH360', path: ['project', 'library', 'version'] });
    expect('finding' in changed && changed.finding.hint).to.equal('bump project.library.version (e.g. to v1.0.2) and run gatehouse generate again');
  });

  it('rejects a record that is not the JSON generate writes', () => {
    expect(parseLibraryRecord('{')).to.have.property('error').that.matches(/not valid JSON/);
    expect(parseLibraryRecord('{"versions": {"v1": "xyz"}}')).to.deep.equal({ error: 'version "v1" has no 40-digit tree id' });
  });

  it('fails generate and check with GH360 at project.library.version when the library changes without a bump', async () => {
    const cwd = await makeTempDir();
    const text = withLibraryVersion(await readFile(DEFAULT_CONFIG, 'utf8'), 'v1.0.0');
    await writeFile(join(cwd, 'modules.yaml'), text);
    expect((await runCliIn(cwd, ['generate', '--config', 'modules.yaml'])).code).to.equal(0);
    // The Slack channel is rendered into the library's gatehouseProject step.
    await writeFile(join(cwd, 'modules.yaml'), text.replace("channel: '#production'", "channel: '#releases'"));
    for (const command of ['generate', 'check']) {
      const refused = await runCliIn(cwd, [command, '--config', 'modules.yaml']);
      expect(refused.code, command).to.equal(1);
      expect(refused.err, command).to.match(/^modules\.yaml:\d+:\d+: error GH360: the shared library changed .* but project\.library\.version is still v1\.0\.0/m);
      expect(refused.err, command).to.include('hint: bump project.library.version (e.g. to v1.0.1)');
    }
    const before = await readFile(join(cwd, 'generated/library/vars/gatehouseProject.groovy'), 'utf8');
    expect(before, 'nothing is written').to.include("'#production'");
    await writeFile(join(cwd, 'modules.yaml'), text.replace("channel: '#production'", "channel: '#releases'").replace('version: v1.0.0', 'version: v1.0.1'));
    expect((await runCliIn(cwd, ['generate', '--config', 'modules.yaml'])).code).to.equal(0);
    const record = parseLibraryRecord(await readFile(join(cwd, 'generated/library-versions.json'), 'utf8'));
    expect(Object.keys('versions' in record ? record.versions : {})).to.deep.equal(['v1.0.0', 'v1.0.1']);
    expect((await runCliIn(cwd, ['check', '--config', 'modules.yaml'])).code).to.equal(0);
  });
});
