// Seals: a module unit whose inputs, files and generator are unchanged is not rendered at all;
// anything else about it, down to one byte on disk, makes it render as usual.
import { expect } from 'chai';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmitUnit, GeneratedFile } from '../../src/emit/types.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import type { OutputOptions } from '../../src/output/writer.js';
import { writeUnits } from '../../src/output/writer.js';
import { assertInsideTempDir, makeTempDir, readTree, removeTempDirs } from './temp-dir.js';

const FINGERPRINT = 'a'.repeat(64);

/** A project-wide unit and two module units; `renders` counts how often each unit rendered. */
function project(inputKeys: Record<string, string> = {}, contents: Record<string, string> = {}) {
  const renders: Record<string, number> = {};
  const unit = (dir: string, files: GeneratedFile[], inputKey?: string): EmitUnit => ({
    dir,
    ...(inputKey === undefined ? {} : { inputKey }),
    emit: () => {
      renders[dir] = (renders[dir] ?? 0) + 1;
      return files.map((file) => ({ ...file, content: contents[file.path] ?? file.content }));
    },
  });
  const units = [
    unit('', [{ path: 'README.md', content: '# all\n' }]),
    unit('modules/auth', [{ path: 'modules/auth/Jenkinsfile', content: 'auth\n' }, { path: 'modules/auth/chart/values.yaml', content: 'a: 1\n' }], inputKeys['auth'] ?? 'key-auth-1'),
    unit('modules/web', [{ path: 'modules/web/Jenkinsfile', content: 'web\n' }], inputKeys['web'] ?? 'key-web-1'),
  ];
  return { units, renders };
}

async function run(out: string, units: EmitUnit[], options: Partial<OutputOptions> = {}) {
  await assertInsideTempDir(out);
  return writeUnits(out, units, { mode: 'write', fingerprint: FINGERPRINT, ...options });
}

async function generated(): Promise<string> {
  const out = join(await makeTempDir(), 'generated');
  expect((await run(out, project().units)).refusals).to.deep.equal([]);
  return out;
}

describe('output writer: seals', () => {
  afterEach(removeTempDirs);

  it('renders no module unit whose key, files and generator are unchanged, in generate and in check', async () => {
    const out = await generated();
    for (const mode of ['write', 'check'] as const) {
      const { units, renders } = project();
      const result = await run(out, units, { mode });
      expect(renders, mode).to.deep.equal({ '': 1 });
      expect(result.unchanged).to.have.length(4);
      expect(result.report?.files ?? []).to.deep.equal([]);
    }
  });

  it('renders a unit whose input key changed, and only that one', async () => {
    const out = await generated();
    const { units, renders } = project({ web: 'key-web-2' }, { 'modules/web/Jenkinsfile': 'web v2\n' });
    const result = await run(out, units);
    expect(renders).to.deep.equal({ '': 1, 'modules/web': 1 });
    expect(result.written).to.deep.equal(['modules/web/Jenkinsfile']);
  });

  it('renders every unit under another generator fingerprint (a new gatehouse), and refreshes the seals', async () => {
    const out = await generated();
    const { units, renders } = project();
    const result = await run(out, units, { fingerprint: 'b'.repeat(64) });
    expect(renders).to.deep.equal({ '': 1, 'modules/auth': 1, 'modules/web': 1 });
    expect(result.written).to.deep.equal([]);
    const again = project();
    await run(out, again.units, { fingerprint: 'b'.repeat(64) });
    expect(again.renders).to.deep.equal({ '': 1 });
  });

  it('does not call a manifest stale in check when only its seals differ', async () => {
    const out = await generated();
    const result = await run(out, project().units, { mode: 'check', fingerprint: 'b'.repeat(64) });
    expect(result.report?.files).to.deep.equal([]);
  });

  it('renders a unit one of whose files was edited, deleted or replaced, and then acts as without seals', async () => {
    const edits: [string, (out: string) => Promise<void>, string[]][] = [
      ['edited', (out) => writeFile(join(out, 'modules/auth/chart/values.yaml'), 'a: 2\n'), ['modules/auth/chart/values.yaml', 'hand-edited']],
      ['deleted', (out) => rm(join(out, 'modules/auth/Jenkinsfile')), ['modules/auth/Jenkinsfile', 'missing']],
      ['one byte appended', (out) => writeFile(join(out, 'modules/auth/Jenkinsfile'), 'auth\n\n'), ['modules/auth/Jenkinsfile', 'hand-edited']],
    ];
    for (const [name, edit, finding] of edits) {
      const out = await generated();
      await edit(out);
      const { units, renders } = project();
      const check = await run(out, units, { mode: 'check' });
      expect(renders, name).to.deep.equal({ '': 1, 'modules/auth': 1 });
      expect(check.report?.files.filter((f) => f.path !== MANIFEST_NAME).map((f) => [f.path, f.status]), name).to.deep.equal([finding]);
    }
  });

  it('never trusts a seal it did not compute for these files: a copied or forged seal line renders the unit', async () => {
    const out = await generated();
    const manifest = await readFile(join(out, MANIFEST_NAME), 'utf8');
    const webSeal = /"dir": "modules\/web", "seal": "([0-9a-f]{64})"/.exec(manifest)?.[1] ?? '';
    await writeFile(join(out, MANIFEST_NAME), manifest.replace(/("dir": "modules\/auth", "seal": ")[0-9a-f]{64}/, `$1${webSeal}`));
    const { units, renders } = project();
    await run(out, units, { mode: 'check' });
    expect(renders).to.deep.equal({ '': 1, 'modules/auth': 1 });
  });

  it('writes the same tree with seals as a first run does', async () => {
    const out = await generated();
    const fresh = join(await makeTempDir(), 'fresh');
    const next = () => project({ auth: 'key-auth-2' }, { 'modules/auth/Jenkinsfile': 'auth v2\n' }).units;
    await run(out, next());
    await run(fresh, next());
    expect(await readTree(out)).to.deep.equal(await readTree(fresh));
  });

  it('finds an edit of one copy of a file that every module has the same, between untouched copies', async () => {
    // The writer hashes a file only when it differs from the previous module's file of that name.
    const same = 'kind: HorizontalPodAutoscaler\n'.repeat(50);
    const units = ['a', 'b', 'c'].map(
      (name): EmitUnit => ({ dir: `modules/${name}`, inputKey: `key-${name}`, emit: () => [{ path: `modules/${name}/chart/hpa.yaml`, content: same }] }),
    );
    const out = join(await makeTempDir(), 'generated');
    expect((await run(out, units)).refusals).to.deep.equal([]);
    await writeFile(join(out, 'modules/b/chart/hpa.yaml'), same.replace('Horizontal', 'horizontal'));

    const checked = await run(out, units, { mode: 'check' });
    expect(checked.report?.files.map((f) => [f.path, f.status])).to.deep.equal([['modules/b/chart/hpa.yaml', 'hand-edited']]);
    const refused = await run(out, units);
    expect(refused.refusals.map((r) => r.path)).to.deep.equal(['modules/b/chart/hpa.yaml']);
  });
});
