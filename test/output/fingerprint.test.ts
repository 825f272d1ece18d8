import { expect } from 'chai';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INSTALLED_SOURCES, readGeneratorFingerprint } from '../../src/output/fingerprint.js';
import { makeTempDir, removeTempDirs } from './temp-dir.js';

/** A copy of what the fingerprint reads: some code, some templates, package.json and one dependency. */
async function fakeInstall(): Promise<{ root: string; sources: typeof INSTALLED_SOURCES }> {
  const root = await makeTempDir();
  const sources = { codeDir: join(root, 'dist/src'), templatesDir: join(root, 'templates'), packageRoot: root };
  await mkdir(join(sources.codeDir, 'emit'), { recursive: true });
  await writeFile(join(sources.codeDir, 'emit/emit.js'), 'export const x = 1;\n');
  await writeFile(join(sources.codeDir, 'emit/emit.js.map'), '{}\n');
  await cp(join(INSTALLED_SOURCES.templatesDir, 'jobs'), join(sources.templatesDir, 'jobs'), { recursive: true });
  await writeFile(join(root, 'package.json'), JSON.stringify({ version: '1.0.0', dependencies: { yaml: '^2' } }));
  await mkdir(join(root, 'node_modules/yaml'), { recursive: true });
  await writeFile(join(root, 'node_modules/yaml/package.json'), JSON.stringify({ version: '2.9.1' }));
  return { root, sources };
}

describe('output: generator fingerprint', () => {
  afterEach(removeTempDirs);

  it('changes with any line of code, any template, the version or a dependency\'s version, and nothing else', async () => {
    const { root, sources } = await fakeInstall();
    const before = readGeneratorFingerprint(sources);
    expect(readGeneratorFingerprint(sources)).to.equal(before);
    await writeFile(join(sources.codeDir, 'emit/emit.js.map'), '{"changed": true}\n');
    await writeFile(join(root, 'README.md'), 'not read\n');
    expect(readGeneratorFingerprint(sources), 'source maps and other files are not read').to.equal(before);
    const changes: [string, string][] = [
      [join(sources.codeDir, 'emit/emit.js'), 'export const x = 2;\n'],
      [join(sources.templatesDir, 'jobs/seed.groovy.hbs'), '// changed\n'],
      [join(root, 'package.json'), JSON.stringify({ version: '1.0.1', dependencies: { yaml: '^2' } })],
      [join(root, 'node_modules/yaml/package.json'), JSON.stringify({ version: '2.9.2' })],
    ];
    const seen = new Set([before]);
    for (const [path, content] of changes) {
      await writeFile(path, content);
      const now = readGeneratorFingerprint(sources);
      expect(seen.has(now), path).to.equal(false);
      seen.add(now);
    }
  });

  it('reads a dependency installed in a parent node_modules (hoisted), like Node resolves it', async () => {
    const { root, sources } = await fakeInstall();
    const nested = { ...sources, packageRoot: join(root, 'node_modules/gatehouse') };
    await mkdir(nested.packageRoot, { recursive: true });
    await writeFile(join(nested.packageRoot, 'package.json'), JSON.stringify({ version: '1.0.0', dependencies: { yaml: '^2' } }));
    const hoisted = readGeneratorFingerprint(nested);
    await writeFile(join(root, 'node_modules/yaml/package.json'), JSON.stringify({ version: '2.9.2' }));
    expect(readGeneratorFingerprint(nested)).not.to.equal(hoisted);
  });
});
