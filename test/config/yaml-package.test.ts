// The yaml package is loaded only when a config needs it (src/config/yaml-package.ts): a file the
// plain-YAML reader reads without a problem is validated without it; a problem to locate or a
// file the reader bails on loads it. Checked in a fresh process, since the tests load yaml.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../src/util/paths.js';
import { minimalWith, readFixture } from './helpers.js';

/** Loads `text` like every command does, in a new node process; whether yaml was loaded, and the diagnostic codes. */
function loadInFreshProcess(text: string): { yamlLoaded: boolean; codes: string[] } {
  const loadProject = pathToFileURL(`${PACKAGE_ROOT}/dist/src/app/load-project.js`).href;
  const script = [
    `import { createRequire } from 'node:module';`,
    `import { projectFromSource } from ${JSON.stringify(loadProject)};`,
    `const loaded = await projectFromSource({ name: 'modules.yaml', text: process.env.CONFIG_TEXT });`,
    `const yamlLoaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/yaml/'));`,
    `process.stdout.write(JSON.stringify({ yamlLoaded, codes: loaded.diagnostics.map((d) => d.code) }));`,
  ].join('\n');
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, CONFIG_TEXT: text }, encoding: 'utf8' });
  return JSON.parse(output) as { yamlLoaded: boolean; codes: string[] };
}

describe('config: the yaml package is loaded only when needed', function () {
  this.timeout(20000);

  it('validates the repository modules.yaml without loading it', () => {
    expect(loadInFreshProcess(readFixture('valid', 'minimal.yaml'))).to.deep.equal({ yamlLoaded: false, codes: [] });
    expect(loadInFreshProcess(readFileSync(DEFAULT_CONFIG, 'utf8'))).to.deep.equal({ yamlLoaded: false, codes: [] });
  });

  it('loads it to locate a problem, and for a file the plain reader leaves to the full parser', () => {
    const unknownDependency = loadInFreshProcess(minimalWith('dependsOn: [store]', 'dependsOn: [stroe]'));
    expect(unknownDependency).to.deep.include({ yamlLoaded: true });
    expect(unknownDependency.codes).to.include('GH300');
    // An anchor and an alias: valid YAML outside the reader's subset.
    const withAlias = loadInFreshProcess(minimalWith('dependsOn: [store]', 'dependsOn: &deps [store]'));
    expect(withAlias).to.deep.equal({ yamlLoaded: true, codes: [] });
  });
});
