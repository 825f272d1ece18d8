// The gate's Markdown summary carries text it did not write: test names from reports and
// allow-list reasons from modules.yaml. Both must render as the text they are.
import { expect } from 'chai';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { renderGateMarkdown } from '../../src/gate/render-markdown.js';
import { projectQuality, scan, stableBuild, tests } from './builders.js';

describe('gate: Markdown summary escapes what it did not write', () => {
  const measurements = stableBuild({
    tests: tests({ failures: 1, passed: 99, failedTests: ['parses `a|b` <b>ok</b>'] }),
    scan: { ...scan(), allowed: [{ id: 'CVE-2024-1', reason: '<img src=x> see [here](http://evil) | *now*', expires: '2027-03-31', findings: 1 }] },
  });
  const markdown = renderGateMarkdown(evaluateGate({ module: 'catalog', quality: projectQuality(), required: 'alpha', measurements }));

  it('shows a failed test name in a code span that keeps its backticks', () => {
    expect(markdown).to.contain('- ``parses `a|b` <b>ok</b>``\n');
  });

  it('escapes an allow-list reason: no HTML, no link, no emphasis', () => {
    expect(markdown).to.contain('allowed until 2027-03-31: &lt;img src=x&gt; see \\[here\\](http://evil) \\| \\*now\\*\n');
  });
});
