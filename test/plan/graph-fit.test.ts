import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scaleModulesYaml } from '../../bench/scale-config.js';
import { emitAll } from '../../src/emit/index.js';
import { dependencyEdges, renderMermaid } from '../../src/plan/graph.js';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT, renderMermaidThatFits, withThousandsSeparators } from '../../src/plan/graph-fit.js';
import type { Plan } from '../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { loadPlan } from '../emit/jenkinsfile/support.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';
import { smallPlan } from './small-model.js';

async function scaledPlan(modules: number): Promise<Plan> {
  const path = join(await makeTempDir(), 'modules.yaml');
  await writeFile(path, scaleModulesYaml(await readFile(DEFAULT_CONFIG, 'utf8'), modules));
  return loadPlan(path);
}

describe('plan: a dependency graph GitHub can draw', () => {
  after(removeTempDirs);

  it('draws every module while the graph is within Mermaid\'s default limits', async () => {
    expect(renderMermaidThatFits(smallPlan())).to.deep.equal({ text: renderMermaid(smallPlan()) });
    const plan = await scaledPlan(150);
    expect(renderMermaidThatFits(plan).text).to.equal(renderMermaid(plan));
  });

  it('past them, draws one box per wave with its module count and an arrow wherever a dependency crosses waves, and says why', async () => {
    const plan = await scaledPlan(400);
    expect(dependencyEdges(plan).length).to.be.greaterThan(MERMAID_MAX_EDGES);
    const fitted = renderMermaidThatFits(plan);
    expect(fitted.text.length).to.be.at.most(MERMAID_MAX_TEXT);
    const boxes = [...fitted.text.matchAll(/^ {2}wave_(\d+)\["Wave \d+[^:]*: (\d+) modules?"\]$/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes).to.deep.equal(plan.waves.map((names, wave) => [wave, names.length]));
    const arrows = [...fitted.text.matchAll(/^ {2}wave_(\d+) --> wave_(\d+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(arrows.length).to.be.at.most(MERMAID_MAX_EDGES);
    const waveOf = new Map(plan.waves.flatMap((names, wave) => names.map((name) => [name, wave] as const)));
    expect(new Set(arrows)).to.deep.equal(new Set(dependencyEdges(plan).map((e) => `${waveOf.get(e.from)} ${waveOf.get(e.to)}`)));
    expect(fitted.summaryNote).to.equal(
      '400 modules with 664 dependencies are more than GitHub draws in one Mermaid picture (500 arrows, 50,000 characters), so it shows one box per wave. `npx gatehouse graph --format mermaid` (or `--format dot`) prints every module.',
    );
    const readme = emitAll(plan).find((file) => file.path === 'README.md')?.content ?? '';
    expect(readme).to.include(`\n${fitted.summaryNote}\n\n\`\`\`mermaid\n${fitted.text}\`\`\``);
  });

  it('writes the numbers in its note as en-US does, without loading ICU\'s number formats', () => {
    const numbers = [0, 7, 999, 1000, 50_000, 123_456, 1_000_000, 9_876_543_210];
    expect(numbers.map(withThousandsSeparators)).to.deep.equal(numbers.map((n) => n.toLocaleString('en-US')));
  });
});
