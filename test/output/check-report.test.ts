import { expect } from 'chai';
import { buildCheckReport } from '../../src/output/check-report.js';
import type { Finding } from '../../src/output/plan-sync.js';
import { renderCheckReport } from '../../src/output/render-result.js';

function numbered(count: number, prefix: string): string {
  return Array.from({ length: count }, (_, i) => `${prefix} ${i}\n`).join('');
}

/** A file whose every one of `count` lines changed: 3 header lines + 2 * count diff lines. */
function rewritten(path: string, count: number): Finding {
  return { path, status: 'stale', detail: 'out of date', before: numbered(count, 'old'), after: numbered(count, 'new') };
}

describe('output: check report', () => {
  it('shows the whole diff when it fits', () => {
    const report = buildCheckReport([rewritten('a', 2)], { linesPerFile: 100, linesTotal: 100 });
    expect(report.files[0]?.diff).to.equal('--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n-old 0\n-old 1\n+new 0\n+new 1\n');
    expect([report.cutLines, report.cutFiles]).to.deep.equal([0, 0]);
  });

  it('caps each file and counts the lines cut', () => {
    const report = buildCheckReport([rewritten('a', 50)], { linesPerFile: 10, linesTotal: 100 });
    expect(report.files[0]?.diff.split('\n').filter(Boolean)).to.have.length(10);
    expect(report.files[0]?.cutLines).to.equal(103 - 10);
    expect(report.cutLines).to.equal(93);
  });

  it('caps the total, gives later files no diff, and counts the files cut', () => {
    const findings = [rewritten('a', 5), rewritten('b', 5), rewritten('c', 5)];
    const report = buildCheckReport(findings, { linesPerFile: 10, linesTotal: 15 });
    expect(report.files.map((f) => f.diff.split('\n').filter(Boolean).length)).to.deep.equal([10, 5, 0]);
    expect(report.files.map((f) => f.cutLines)).to.deep.equal([3, 8, 13]);
    expect([report.cutLines, report.cutFiles]).to.deep.equal([24, 1]);
    const text = renderCheckReport('generated', report, 'npx gatehouse generate');
    expect(text).to.include('[... 8 more diff lines of b cut]');
    expect(text).to.include('[24 diff lines cut in total; 1 file not shown at all]');
    expect(text).to.include('  stale       generated/c: out of date\n');
    expect(text.endsWith('To fix it, run: npx gatehouse generate\n')).to.equal(true);
  });

  it('diffs a missing file against /dev/null and an orphan to /dev/null', () => {
    const report = buildCheckReport([
      { path: 'new', status: 'missing', detail: '', after: 'x\n' },
      { path: 'old', status: 'orphaned', detail: '', before: 'y\n' },
    ]);
    expect(report.files.map((f) => f.diff)).to.deep.equal([
      '--- /dev/null\n+++ b/new\n@@ -0,0 +1,1 @@\n+x\n',
      '--- a/old\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-y\n',
    ]);
  });

  it('colours removed, added and hunk lines only when asked', () => {
    const report = buildCheckReport([rewritten('a', 1)]);
    expect(renderCheckReport('g', report, 'fix', false)).not.to.include('\u001b[');
    const coloured = renderCheckReport('g', report, 'fix', true);
    expect(coloured).to.include('--- a/a\n+++ b/a\n\u001b[36m@@ -1,1 +1,1 @@\u001b[0m\n\u001b[31m-old 0\u001b[0m\n\u001b[32m+new 0\u001b[0m\n');
  });
});
