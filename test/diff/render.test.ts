import { expect } from 'chai';
import type { RawConfig } from '../../src/config/types.js';
import { renderDiffJson } from '../../src/diff/render-json.js';
import { renderDiffMarkdown } from '../../src/diff/render-markdown.js';
import { renderDiffText } from '../../src/diff/render-text.js';
import type { Comparison } from '../../src/diff/summary.js';
import { plural } from '../../src/util/plural.js';
import { diffAfter } from './diff-after.js';

const COMPARISON: Comparison = { config: 'modules.yaml', base: { given: null, upstream: 'origin/main', commit: '1a2b3c4d5e6f00000000000000000000000000ff' } };

/** mid no longer waits for base; the stable line coverage bar rises for all but top. */
function reviewedChange(raw: RawConfig): void {
  raw.modules['mid']!.dependsOn = [];
  raw.quality.channels.stable.minLineCoverage = 85;
  raw.modules['top']!.quality = { channels: { stable: { minLineCoverage: 80 } } };
}

describe('diff: text output', () => {
  it('says what was compared, a summary, shared changes once, then each module, then shared files', () => {
    const diff = diffAfter(reviewedChange);
    const text = renderDiffText(diff, COMPARISON);
    const readme = diff.sharedFiles.find((f) => f.path === 'README.md');
    expect(diff.sharedFiles.map((f) => f.path)).to.deep.equal(['README.md']);
    expect(text).to.equal(
      [
        'modules.yaml (working tree) compared with 1a2b3c4, the merge base of HEAD and origin/main',
        `3 modules changed; 1 generated file changes (+${readme?.linesAdded} -${readme?.linesRemoved}).`,
        '',
        'Every module except top:',
        '  quality stable: line coverage >= 85% (was >= 80%)',
        '',
        'mid: changed',
        '  no longer depends on base',
        '  moves from wave 1 to wave 0',
        '  now deploys in the same wave as base and rolls back with it (was: after it)',
        '',
        'top: changed',
        '  moves from wave 2 to wave 1',
        '',
        `Shared files: README.md +${readme?.linesAdded} -${readme?.linesRemoved}`,
        '',
      ].join('\n'),
    );
  });

  it('lists each changed file within its module, and modules changed only by shared changes together', () => {
    const diff = diffAfter((raw) => {
      raw.branchFlow.staging.stages.push('smokeTests');
      raw.modules['top']!.chart = { port: 9000 };
    });
    const text = renderDiffText(diff, COMPARISON);
    const counts = (module: string, path: string) => {
      const file = diff.modules.find((m) => m.name === module)?.files.find((f) => f.path === `modules/${module}/${path}`);
      return file ? `+${file.linesAdded} -${file.linesRemoved}` : 'missing';
    };
    expect(text).to.contain('\nEvery module:\n  staging build now runs Smoke tests in stage (namespace stage-ns)\n');
    expect(text).to.contain(`\ntop: changed\n  chart.port: 9000 (was 8080)\n  files: Jenkinsfile ${counts('top', 'Jenkinsfile')}, chart/values.yaml ${counts('top', 'chart/values.yaml')}\n`);
    expect(text).to.contain(`\nRegenerated, no change of their own:\n  base: Jenkinsfile ${counts('base', 'Jenkinsfile')}\n  mid: Jenkinsfile ${counts('mid', 'Jenkinsfile')}\n`);
  });

  it('says so when nothing changes', () => {
    expect(renderDiffText(diffAfter(() => undefined), COMPARISON)).to.equal(
      'modules.yaml (working tree) compared with 1a2b3c4, the merge base of HEAD and origin/main\nNo changes: the Plan and every generated file are the same.\n',
    );
  });

  it('shows control characters from modules.yaml as escapes', () => {
    const text = renderDiffText(diffAfter((raw) => (raw.modules['top']!.skip = { smokeTests: 'bad\u001b[2J\nline' })), COMPARISON);
    // eslint-disable-next-line no-control-regex
    expect(text).not.to.match(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).to.contain('Smoke tests now skipped: bad\\u001b[2J\\u000aline');
  });
});

describe('diff: Markdown output', () => {
  it('is a PR comment: summary heading, sections, file lists folded in <details>', () => {
    const diff = diffAfter((raw) => {
      reviewedChange(raw);
      raw.modules['mid']!.version = '1.1.0';
    });
    const markdown = renderDiffMarkdown(diff, COMPARISON);
    const blocks = markdown.split('\n\n');
    expect(blocks[0]).to.match(/^### gatehouse diff: 3 modules changed; \d+ generated files change \(\+\d+ -\d+\)$/);
    expect(blocks[1]).to.equal('<sub>modules.yaml (working tree) compared with 1a2b3c4, the merge base of HEAD and origin/main</sub>');
    expect(blocks[2]).to.equal('#### Every module except top');
    expect(blocks[3]).to.equal('- quality stable: line coverage &gt;= 85% (was &gt;= 80%)');
    expect(blocks[4]).to.equal('#### mid');
    expect(blocks[5]?.split('\n')[0]).to.equal('- version 1.1.0 (was 1.0.0)');
    const mid = diff.modules.find((m) => m.name === 'mid');
    expect(blocks[6]).to.equal(`<details><summary>${plural(mid?.files.length ?? 0, 'file')} (+${sum(mid?.files, 'linesAdded')} -${sum(mid?.files, 'linesRemoved')})</summary>`);
    const rows = markdown.split('\n').filter((l) => l.startsWith('| modules/mid/'));
    expect(rows).to.have.length(mid?.files.length ?? -1);
    expect(markdown).to.contain('#### Shared files');
    expect(markdown.match(/<details>/g)?.length).to.equal(markdown.match(/<\/details>/g)?.length);
  });

  it('escapes text from modules.yaml so it cannot break the comment', () => {
    const markdown = renderDiffMarkdown(diffAfter((raw) => (raw.modules['top']!.skip = { smokeTests: 'a | b <script>x</script> *y* [l](u)\n# h' })), COMPARISON);
    expect(markdown).to.contain('- Smoke tests now skipped: a \\| b &lt;script&gt;x&lt;/script&gt; \\*y\\* \\[l\\](u)<br>\\# h\n');
    expect(markdown).not.to.contain('<script>');
  });

  it('says so when nothing changes', () => {
    expect(renderDiffMarkdown(diffAfter(() => undefined), COMPARISON)).to.match(/^### gatehouse diff: no changes\n\nThe Plan and every generated file are the same\.\n\n<sub>/);
  });
});

describe('diff: JSON output', () => {
  it('has the documented shape: fixed keys, the base, every change with its message', () => {
    const diff = diffAfter(reviewedChange);
    const json = JSON.parse(renderDiffJson(diff, COMPARISON)) as Record<string, unknown>;
    expect(Object.keys(json)).to.deep.equal(['version', 'config', 'base', 'changed', 'summary', 'project', 'shared', 'modules', 'sharedFiles', 'waves']);
    expect(json['version']).to.equal(1);
    expect(json['base']).to.deep.equal({ revision: null, upstream: 'origin/main', commit: COMPARISON.base.commit });
    expect(json['changed']).to.equal(true);
    const modules = json['modules'] as { name: string; status: string; before: unknown; after: unknown; changes: { kind: string; message: string }[]; files: unknown[] }[];
    expect(modules.map((m) => [m.name, m.status])).to.deep.equal([['mid', 'changed'], ['top', 'changed']]);
    expect(Object.keys(modules[0] ?? {})).to.deep.equal(['name', 'status', 'before', 'after', 'changes', 'files']);
    expect(modules[0]?.changes.map((c) => [c.kind, c.message])).to.deep.equal([
      ['dependencies', 'no longer depends on base'],
      ['wave', 'moves from wave 1 to wave 0'],
      ['order', 'now deploys in the same wave as base and rolls back with it (was: after it)'],
    ]);
    expect(json['shared']).to.deep.equal([
      {
        modules: ['base', 'mid'],
        except: ['top'],
        changes: [{ kind: 'quality', setting: 'channels.stable.minLineCoverage', before: 80, after: 85, message: 'quality stable: line coverage >= 85% (was >= 80%)' }],
      },
    ]);
    expect(json['waves']).to.deep.equal({ before: [['base'], ['mid'], ['top']], after: [['base', 'mid'], ['top']] });
  });
});

function sum(files: readonly { linesAdded: number; linesRemoved: number }[] | undefined, key: 'linesAdded' | 'linesRemoved'): number {
  return (files ?? []).reduce((n, f) => n + f[key], 0);
}
