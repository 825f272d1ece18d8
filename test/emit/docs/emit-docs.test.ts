import { expect } from 'chai';
import { loadProject } from '../../../src/app/load-project.js';
import { emitDocs } from '../../../src/emit/docs/emit-docs.js';
import { emitAll } from '../../../src/emit/index.js';
import { generatedHeader } from '../../../src/emit/header.js';
import { BRANCH_KINDS } from '../../../src/model/types.js';
import { dependencyEdges, mermaidId } from '../../../src/plan/graph.js';
import { STAGE_TITLES } from '../../../src/plan/stages.js';
import type { Plan } from '../../../src/plan/types.js';
import { renderTemplate } from '../../../src/render/template.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { smallPlan } from '../../plan/small-model.js';

function readme(plan: Plan): string {
  const files = emitDocs(plan);
  expect(files.map((f) => f.path)).to.deep.equal(['README.md']);
  return files[0]?.content ?? '';
}

/** GFM table cells of a row: split on `|` that is not backslash-escaped. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i] ?? '';
    if (c === '\\') cell += c + (row[++i] ?? '');
    else if (c === '|') (out.push(cell.trim()), (cell = ''));
    else cell += c;
  }
  out.push(cell.trim());
  return out.slice(1, -1);
}

/** The table rows that follow the given heading line (header and rule included). */
function tableAfter(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).to.be.greaterThan(-1);
  const from = lines.findIndex((l, i) => i > start && l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > from && !l.startsWith('|'));
  return lines.slice(from, end === -1 ? undefined : end);
}

describe('emit/docs: generated/README.md', () => {
  let plan: Plan;
  before(async () => {
    const loaded = await loadProject(DEFAULT_CONFIG);
    if (!loaded.plan) throw new Error('the repository modules.yaml must load');
    plan = loaded.plan;
  });

  it('starts with the generated-file header and is registered with the other emitters', () => {
    expect(readme(plan).startsWith(generatedHeader('markdown', plan.model.project.configRepository))).to.equal(true);
    expect(emitAll(plan).find((f) => f.path === 'README.md')?.content).to.equal(readme(plan));
  });

  it('lists every dependency edge, and nothing else, in the Mermaid block', () => {
    const block = /```mermaid\n([\s\S]*?)```/.exec(readme(plan))?.[1] ?? '';
    const arrows = block.split('\n').filter((l) => l.includes('-->')).map((l) => l.trim()).sort();
    const want = dependencyEdges(plan).map((e) => `${mermaidId(e.from)} --> ${mermaidId(e.to)}`).sort();
    expect(arrows).to.deep.equal(want);
    expect(arrows).to.have.length(plan.modules.reduce((n, m) => n + m.module.dependsOn.length, 0));
    for (const m of plan.modules) expect(block).to.contain(`${mermaidId(m.module.name)}["${m.module.name}"]`);
  });

  it('shows the waves and the rollback order of the Plan, rollback steps numbered by the wave they undo', () => {
    const markdown = readme(plan);
    expect(tableAfter(markdown, '## Deployment waves').slice(2).map((r) => cells(r)[1])).to.deep.equal(plan.waves.map((w) => w.join(', ')));
    const rollback = tableAfter(markdown, '## Rollback order').slice(2).map((r) => cells(r));
    expect(rollback.map((r) => r[1])).to.deep.equal(plan.rollbackWaves.map((w) => w.join(', ')));
    const waveOf = (names: string | undefined) => plan.waves.findIndex((w) => w.join(', ') === names);
    expect(rollback.map((r) => r[0])).to.deep.equal(rollback.map((r) => `Wave ${waveOf(r[1])}`));
    expect(rollback.map((r) => r[0])).to.deep.equal(plan.waves.map((_, wave) => `Wave ${wave}`).reverse());
  });

  it('has a stage matrix that says exactly where the Plan runs each stage', () => {
    const rows = tableAfter(readme(plan), '## Stages per branch kind');
    expect(cells(rows[0] ?? '')).to.deep.equal(['Stage', ...BRANCH_KINDS]);
    for (const row of rows.slice(2)) {
      const [title, ...byKind] = cells(row);
      const id = Object.entries(STAGE_TITLES).find(([, t]) => t === title)?.[0];
      BRANCH_KINDS.forEach((kind, k) => {
        const stages = plan.modules.flatMap((m) => m.builds.filter((b) => b.kind === kind).flatMap((b) => b.stages.filter((s) => s.id === id)));
        const cell = byKind[k] ?? '';
        if (stages.length === 0) return expect(cell, `${title}/${kind}`).to.equal('-');
        const namespaces = [...new Set(stages.map((s) => s.namespace))];
        expect(namespaces, `${title}/${kind}`).to.have.length(1);
        expect(cell, `${title}/${kind}`).to.match(new RegExp(`^${namespaces[0] === undefined ? 'runs' : `namespace ${namespaces[0]}`}\\b`));
      });
    }
    // Train mode: no build asks for approvals or deploys to production; master records the candidate.
    expect(rows.slice(2).map((r) => cells(r)[0])).to.include.members(['Checkout', 'Deploy', 'Record release candidate']);
    expect(rows.slice(2).map((r) => cells(r)[0])).not.to.include('Approvals');
    expect(rows.find((r) => r.startsWith('| Integration tests'))).to.contain('skipped by render-worker');
    expect(rows.find((r) => r.startsWith('| Deploy'))).not.to.contain('namespace production');
  });

  it('summarises every module with version, lead, repository and skipped stages', () => {
    const rows = tableAfter(readme(plan), '## Modules').slice(2).map(cells);
    expect(rows.map((r) => r[0])).to.deep.equal(plan.modules.map((m) => m.module.name));
    expect(rows.find((r) => r[0] === 'render-worker')).to.deep.equal([
      'render-worker', '0.9.7', '2', 'kabir.singh', 'acme-online/render-worker', 'catalog',
      "Integration tests: Queue consumer with no API of its own; covered by editor's integration suite.",
      'Renders documents to PDF and images from a queue.',
    ]);
  });

  it('keeps hostile descriptions and reasons inside their table cells', () => {
    const hostile = 'a | b\n| c | d |\n```\n<script>alert(1)</script> `x` $y$ [z](http://e) <!-- \\| *';
    const markdown = readme(
      smallPlan((raw) => {
        raw.project.description = hostile;
        const mid = raw.modules['mid'];
        if (mid) {
          mid.description = hostile;
          mid.skip = { integrationTests: hostile, smokeTests: `second ${hostile}` };
        }
      }),
    );
    const rows = tableAfter(markdown, '## Modules');
    expect(rows).to.have.length(2 + 3);
    for (const row of rows) expect(cells(row)).to.have.length(8);
    // Two fences for the Mermaid graph, two for the release train's cron spec; none from user text.
    expect(markdown.match(/```/g)).to.have.length(4);
    expect(markdown).not.to.contain('<script>');
    expect(markdown.split('\n').filter((l) => l.includes('<!--'))).to.deep.equal([generatedHeader('markdown', undefined).trimEnd()]);
    const matrix = tableAfter(markdown, '## Stages per branch kind');
    for (const row of matrix) expect(cells(row)).to.have.length(1 + BRANCH_KINDS.length);
  });

  it('changes only the lines that name a module when its version changes', () => {
    const before = readme(smallPlan()).split('\n');
    const after = readme(smallPlan((raw) => {
      const mid = raw.modules['mid'];
      if (mid) mid.version = '1.1.0';
    })).split('\n');
    expect(after).to.have.length(before.length);
    expect(after.filter((line, i) => line !== before[i])).to.deep.equal(['| mid | 1.1.0 | 1 | bob | acme/mid | base | Integration tests: Has no API of its own. | Mid. |']);
  });

  it('renders templates strictly: a missing field is an error', () => {
    expect(() => renderTemplate('docs/README.md.hbs', { header: 'x' })).to.throw(/not defined/);
  });
});
