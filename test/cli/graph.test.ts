import { expect } from 'chai';
import { loadProject } from '../../src/app/load-project.js';
import { dependencyEdges, mermaidId } from '../../src/plan/graph.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { run } from './plan-graph-run.js';

describe('cli: gatehouse graph', () => {
  it('prints Mermaid by default with every dependency edge of modules.yaml', async () => {
    const { code, out } = await run('graph');
    expect(code).to.equal(0);
    expect(out.split('\n').slice(0, 2)).to.deep.equal(['flowchart LR', '  %% Edges point from a dependency to the module that depends on it (the order deploys run in).']);
    const { plan } = await loadProject(DEFAULT_CONFIG);
    if (!plan) throw new Error('the repository modules.yaml must load');
    const edges = out.split('\n').filter((l) => l.includes('-->'));
    expect(edges).to.deep.equal(dependencyEdges(plan).map((e) => `  ${mermaidId(e.from)} --> ${mermaidId(e.to)}`));
    expect(edges).to.have.length(14);
  });

  it('prints DOT on request and rejects unknown formats', async () => {
    const dot = await run('graph', '--format', 'dot');
    expect(dot.code).to.equal(0);
    expect(dot.out).to.contain('digraph dependencies {');
    expect(dot.out).to.contain('  "config-service" -> "auth";\n');
    expect((await run('graph', '--format', 'svg')).code).to.equal(2);
  });
});
