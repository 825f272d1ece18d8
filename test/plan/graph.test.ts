import { expect } from 'chai';
import { dependencyEdges, dotString, mermaidId, mermaidText, renderDot, renderMermaid } from '../../src/plan/graph.js';
import { smallPlan } from './small-model.js';

describe('plan: dependency graph', () => {
  it('has one edge per dependsOn entry, from the dependency to the dependent, sorted', () => {
    expect(dependencyEdges(smallPlan())).to.deep.equal([
      { from: 'base', to: 'mid' },
      { from: 'base', to: 'top' },
      { from: 'mid', to: 'top' },
    ]);
  });

  it('renders Mermaid with one subgraph per wave and every edge', () => {
    expect(renderMermaid(smallPlan())).to.equal(
      [
        'flowchart LR',
        '  %% Edges point from a dependency to the module that depends on it (the order deploys run in).',
        '  subgraph wave_0 ["Wave 0 (no dependencies)"]',
        '    m_base["base"]',
        '  end',
        '  subgraph wave_1 ["Wave 1"]',
        '    m_mid["mid"]',
        '  end',
        '  subgraph wave_2 ["Wave 2"]',
        '    m_top["top"]',
        '  end',
        '  m_base --> m_mid',
        '  m_base --> m_top',
        '  m_mid --> m_top',
        '',
      ].join('\n'),
    );
  });

  it('renders DOT with one cluster per wave and every edge', () => {
    const dot = renderDot(smallPlan());
    expect(dot.split('\n')[0]).to.match(/^\/\/ Edges point from a dependency/);
    expect(dot).to.contain('subgraph cluster_wave_2 {\n    label="Wave 2";\n    "top";\n  }');
    expect(dot.match(/ -> /g)).to.have.length(3);
    expect(dot).to.contain('  "mid" -> "top";\n}\n');
  });

  it('gives Mermaid ids that are distinct, never keywords and never arrow syntax', () => {
    const names = ['end', 'a--b', 'a-b', 'a_2d_b', 'graph', 'a b'];
    const ids = names.map(mermaidId);
    expect(new Set(ids).size).to.equal(names.length);
    for (const id of ids) expect(id).to.match(/^m_[A-Za-z0-9_]+$/);
  });

  it('escapes quotes, brackets and line breaks in Mermaid labels and DOT strings', () => {
    expect(mermaidText('a"b]<c>\nd')).to.equal('a#34;b#93;#60;c#62;#10;d');
    expect(dotString('a"b\\c\nd')).to.equal('"a\\"b\\\\c\\nd"');
  });
});
