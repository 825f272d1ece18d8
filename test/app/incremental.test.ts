// Skipping a module by its seal must never change what generate writes. For a change to every
// single value of the small fixture, one at a time, generating over the tree of the unchanged
// config writes exactly the files a generate from nothing writes, and a change inside one module
// renders only that module (plus the project-wide files, which are always rendered).
import { expect } from 'chai';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { generateOutput } from '../../src/app/generate.js';
import { loadProject } from '../../src/app/load-project.js';
import { emitUnits } from '../../src/emit/index.js';
import type { EmitUnit } from '../../src/emit/types.js';
import { gitattributesFile } from '../../src/output/gitattributes.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { writeUnits } from '../../src/output/writer.js';
import { SMALL_CONFIG } from '../emit/jenkinsfile/support.js';
import { makeTempDir, readTree, removeTempDirs } from '../output/temp-dir.js';

type Scalar = string | number | boolean;

function leaves(value: unknown, path: (string | number)[] = []): [(string | number)[], Scalar][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? [[path, value]] : [];
}

/** A small change that keeps most values valid: a version's last digit, a number, a flag, a letter. */
function changed(value: Scalar): Scalar {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  return /\d$/.test(value) ? value.replace(/\d$/, (d) => String((Number(d) + 1) % 10)) : `${value}x`;
}

describe('app: generating over an old tree equals generating from nothing, for any one change', () => {
  after(removeTempDirs);

  it('holds for every value of the small fixture, and renders only the module that changed', async function () {
    this.timeout(600_000);
    const text = await readFile(SMALL_CONFIG, 'utf8');
    const base = join(await makeTempDir(), 'base');
    expect((await generateOutput({ config: { path: SMALL_CONFIG, displayName: 'modules.yaml' }, outDir: base, mode: 'write' })).output?.refusals).to.deep.equal([]);
    let checked = 0;
    const work = await makeTempDir();
    for (const [path, value] of leaves(parse(text))) {
      const document = parseDocument(text);
      document.setIn(path, changed(value));
      const dir = join(work, 'case');
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir);
      await writeFile(join(dir, 'modules.yaml'), document.toString());
      const { plan } = await loadProject(join(dir, 'modules.yaml'));
      if (plan === undefined) continue;
      const where = path.join('.');
      await cp(base, join(dir, 'out'), { recursive: true });
      const rendered: string[] = [];
      const units = emitUnits(plan, [gitattributesFile(plan.model.project.configRepository)]).map((unit): EmitUnit => ({ ...unit, emit: () => (rendered.push(unit.dir), unit.emit()) }));
      expect((await writeUnits(join(dir, 'out'), units, { mode: 'write' })).refusals, where).to.deep.equal([]);
      const fresh = Object.fromEntries(emitUnits(plan, [gitattributesFile(plan.model.project.configRepository)]).flatMap((u) => u.emit()).map((f) => [f.path, f.content]));
      const written = await readTree(join(dir, 'out'));
      delete written[MANIFEST_NAME];
      expect(written, where).to.deep.equal(fresh);
      const module = path[0] === 'modules' && path[2] !== 'dependsOn' ? `modules/${String(path[1])}` : undefined;
      if (module !== undefined) expect(rendered.filter((dir) => dir !== ''), where).to.deep.equal([module]);
      checked += 1;
    }
    expect(checked, 'changes that kept the fixture valid').to.be.greaterThan(100);
  });
});
