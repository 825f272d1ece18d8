// The template compiler against Handlebars on the real views: every render that generating the
// output for a config makes (the repository's modules.yaml, the test fixtures, a config scaled
// past the Mermaid limit) is rendered again by Handlebars from the same view, and the two must be
// byte-equal. Between them the configs render every .hbs template under templates/.
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { scaleModulesYaml } from '../../bench/scale-config.js';
import { emitAll } from '../../src/emit/index.js';
import { observeRenders } from '../../src/render/template.js';
import { DEFAULT_CONFIG, PACKAGE_ROOT, TEMPLATES_DIR } from '../../src/util/paths.js';
import { loadPlan } from '../emit/jenkinsfile/support.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';
import { renderWithHandlebars } from './handlebars-reference.js';

interface Rendered {
  template: string;
  view: object;
  output: string;
}

/** Every render made while generating the whole output for the config at `configPath`. */
async function rendersFor(configPath: string): Promise<Rendered[]> {
  const plan = await loadPlan(configPath);
  const renders: Rendered[] = [];
  observeRenders((template, view, output) => renders.push({ template, view, output }));
  try {
    emitAll(plan);
  } finally {
    observeRenders(undefined);
  }
  return renders;
}

function hbsTemplates(): string[] {
  return readdirSync(TEMPLATES_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => relative(TEMPLATES_DIR, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const FIXTURES = [
  DEFAULT_CONFIG,
  join(PACKAGE_ROOT, 'test/fixtures/small/modules.yaml'),
  ...readdirSync(join(PACKAGE_ROOT, 'test/fixtures/valid')).map((name) => join(PACKAGE_ROOT, 'test/fixtures/valid', name)),
];

const SCALED_MODULES = 320;

describe('render/template: byte-equal to Handlebars on the real views', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  const rendersByConfig = new Map<string, Rendered[]>();

  before(async () => {
    for (const config of FIXTURES) rendersByConfig.set(relative(PACKAGE_ROOT, config), await rendersFor(config));
    const scaled = join(await makeTempDir(), 'modules.yaml');
    await writeFile(scaled, scaleModulesYaml(await readFile(DEFAULT_CONFIG, 'utf8'), SCALED_MODULES));
    rendersByConfig.set(`modules.yaml scaled to ${SCALED_MODULES} modules`, await rendersFor(scaled));
  });

  after(async () => {
    await removeTempDirs();
  });

  it('renders every template as Handlebars does, for the repository\'s modules.yaml, every fixture and a scaled config', () => {
    expect(rendersByConfig.size).to.equal(FIXTURES.length + 1);
    for (const [label, renders] of rendersByConfig) {
      expect(renders.length, label).to.be.greaterThan(0);
      for (const { template, view, output } of renders) expect(output, `${label}: ${template}`).to.equal(renderWithHandlebars(template, view));
    }
  });

  it('has rendered every .hbs template under templates/, one Jenkinsfile per module, and the README with and without the Mermaid note', () => {
    const all = [...rendersByConfig.values()].flat();
    expect([...new Set(all.map((r) => r.template))].sort()).to.deep.equal(hbsTemplates());
    const scaled = rendersByConfig.get(`modules.yaml scaled to ${SCALED_MODULES} modules`)!;
    expect(scaled.filter((r) => r.template === 'jenkinsfile/Jenkinsfile.hbs')).to.have.length(SCALED_MODULES);
    const notes = all.filter((r) => r.template === 'docs/README.md.hbs').map((r) => (r.view as { mermaidNote: string }).mermaidNote !== '');
    expect([...new Set(notes)].sort()).to.deep.equal([false, true]);
  });
});
