// The run's seal: an unchanged generate or check is answered without parsing modules.yaml, and
// only when the whole run would say the same; any change on disk or in the input declines it.
import { expect } from 'chai';
import { copyFile, mkdir, readFile, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateOutput } from '../../src/app/generate.js';
import { PENDING_NAME } from '../../src/output/apply-sync.js';
import { LOCK_NAME } from '../../src/output/lock.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { runInputKey, sealedRun } from '../../src/output/run-seal.js';
import { SMALL_CONFIG } from '../emit/jenkinsfile/support.js';
import { generatedProject, reportedStatuses } from './generated-project.js';
import { readTree, removeTempDirs } from './temp-dir.js';

const JENKINSFILE = 'modules/auth/Jenkinsfile';

describe('output: the run seal', () => {
  after(removeTempDirs);

  it('answers an unchanged generate and check without rendering, with what deciding every file would say', async () => {
    const { out, request } = await generatedProject();
    const before = await readTree(out);
    const files = Object.keys(before).filter((path) => path !== MANIFEST_NAME).sort();
    const again = await request('write');
    expect(again.output).to.include({ sealed: true });
    expect(again.output).to.deep.include({ written: [], removed: [], unchanged: files, refusals: [], leftovers: [] });
    expect(await readTree(out)).to.deep.equal(before);
    const check = await request('check');
    expect(check.output).to.include({ sealed: true });
    expect(check.output?.report).to.deep.equal({ files: [], cutLines: 0, cutFiles: 0 });
    // --force decides every file, and finds the same.
    const forced = await request('write', { force: true });
    expect(forced.output?.sealed).to.equal(undefined);
    expect(forced.output).to.deep.include({ written: [], removed: [], unchanged: files, refusals: [] });
  });

  it('declines for a file edited by hand: check reports it, generate refuses it', async () => {
    const { out, request } = await generatedProject();
    await writeFile(join(out, JENKINSFILE), 'edited\n');
    const check = await request('check');
    expect(check.output?.sealed).to.equal(undefined);
    expect(reportedStatuses(check)).to.deep.equal([[JENKINSFILE, 'hand-edited']]);
    expect((await request('write')).output?.refusals.map((refusal) => refusal.path)).to.deep.equal([JENKINSFILE]);
  });

  it('declines for an edit of one copy of a file that every module has the same, between untouched copies', async () => {
    // Files are hashed only when they differ from the previous module's file of that name.
    const { out, request } = await generatedProject();
    const tree = await readTree(out);
    const copies = Object.keys(tree)
      .filter((path) => path.startsWith('modules/') && path.endsWith('/chart/templates/_helpers.tpl'))
      .sort();
    expect(copies.length).to.be.at.least(3);
    expect(new Set(copies.map((path) => tree[path])).size, 'the same text in every module').to.equal(1);
    const middle = copies[1] ?? '';
    await writeFile(join(out, middle), (tree[middle] ?? '').replace('{{', '{ '));
    const check = await request('check');
    expect(check.output?.sealed).to.equal(undefined);
    expect(reportedStatuses(check)).to.deep.equal([[middle, 'hand-edited']]);
  });

  it('declines for a deleted file or a file replaced by a symbolic link, and generate puts the file back', async () => {
    const { out, request } = await generatedProject();
    await unlink(join(out, JENKINSFILE));
    const rewritten = await request('write');
    expect(rewritten.output?.sealed).to.equal(undefined);
    expect(rewritten.output?.written).to.deep.equal([JENKINSFILE]);
    const text = await readFile(join(out, JENKINSFILE));
    await writeFile(join(out, 'elsewhere'), text);
    await unlink(join(out, JENKINSFILE));
    await symlink(join(out, 'elsewhere'), join(out, JENKINSFILE));
    const check = await request('check');
    expect(check.output?.sealed).to.equal(undefined);
    expect(check.output?.refusals.map((refusal) => refusal.path)).to.deep.equal([JENKINSFILE]);
  });

  it('declines when modules.yaml changed, even by one byte that changes no file, and seals the new text', async () => {
    const { config, request } = await generatedProject();
    await writeFile(config, `${await readFile(config, 'utf8')}\n# a comment\n`);
    const regenerated = await request('write');
    expect(regenerated.output?.sealed).to.equal(undefined);
    expect(regenerated.output?.written).to.deep.equal([]);
    expect((await request('check')).output?.sealed).to.equal(true);
  });

  it('holds for the same modules.yaml read from another place, which generates the same files', async () => {
    const { dir, config, out } = await generatedProject();
    await mkdir(join(dir, 'elsewhere'));
    await copyFile(config, join(dir, 'elsewhere', 'modules.yaml'));
    const moved = await generateOutput({ config: { path: join(dir, 'elsewhere', 'modules.yaml'), displayName: 'modules.yaml' }, outDir: out, mode: 'check' });
    expect(moved.output?.sealed).to.equal(true);
  });

  it('declines for what an interrupted run left (a pending manifest, a staging directory, a lock) and for a merged manifest', async () => {
    const leftovers: [string, (out: string) => Promise<void>][] = [
      ['pending manifest', (out) => copyFile(join(out, MANIFEST_NAME), join(out, PENDING_NAME))],
      ['staging directory', (out) => mkdir(join(out, '.gatehouse-staging-1-00000000'))],
      ['lock', (out) => writeFile(join(out, LOCK_NAME), JSON.stringify({ pid: process.pid, host: 'another-host', token: 'x' }))],
      [
        'conflict markers',
        async (out) => {
          const text = await readFile(join(out, MANIFEST_NAME), 'utf8');
          await writeFile(join(out, MANIFEST_NAME), `<<<<<<< ours\n${text}=======\n${text}>>>>>>> theirs\n`);
        },
      ],
    ];
    for (const [what, leave] of leftovers) {
      const { out, request } = await generatedProject();
      await leave(out);
      expect((await request('check')).output?.sealed, what).to.equal(undefined);
    }
  });

  it('is recorded only for a run without diagnostics, so warnings are printed on every run', async () => {
    const withWarning = `%UNKNOWN directive\n---\n${await readFile(SMALL_CONFIG, 'utf8')}`;
    const { request } = await generatedProject(withWarning);
    const again = await request('write');
    expect(again.output?.sealed).to.equal(undefined);
    expect(again.diagnostics.map((diagnostic) => diagnostic.code)).to.deep.equal(['GH103']);
  });

  it('holds only for the gatehouse that recorded it', async () => {
    const { config, out } = await generatedProject();
    const key = runInputKey(await readFile(config, 'utf8'));
    expect(await sealedRun(out, key, { mode: 'check' })).to.include({ sealed: true });
    expect(await sealedRun(out, key, { mode: 'check', fingerprint: 'f'.repeat(64) })).to.equal(undefined);
    await rename(join(out, MANIFEST_NAME), join(out, 'gone'));
    expect(await sealedRun(out, key, { mode: 'check' })).to.equal(undefined);
    await rm(join(out, 'gone'));
  });
});
