import { expect } from 'chai';
import { whenLines } from '../../../src/emit/jenkinsfile/conditions.js';
import { groovyCall, indentLines } from '../../../src/emit/jenkinsfile/groovy-code.js';
import type { BuildMatch } from '../../../src/plan/types.js';

describe('emit/jenkinsfile: Groovy code builders', () => {
  it('renders a short call on one line, with every string a single-quoted literal', () => {
    expect(groovyCall('gatehouseCheckout')).to.deep.equal(['gatehouseCheckout()']);
    expect(groovyCall('step', { a: "it's", n: 3, ok: true, list: ['x', '$y'], map: { k: 'v' } })).to.deep.equal([
      "step(a: 'it\\'s', n: 3, ok: true, list: ['x', '$y'], map: [k: 'v'])",
    ]);
    expect(groovyCall('step', { empty: {} })).to.deep.equal(['step(empty: [:])']);
  });

  it('breaks a long call into one argument per line, nested lists and maps too', () => {
    const long = 'x'.repeat(70);
    expect(groovyCall('step', { first: long, second: [{ role: long, submitter: 'a,b' }] })).to.deep.equal([
      'step(',
      `  first: '${long}',`,
      '  second: [',
      '    [',
      `      role: '${long}',`,
      "      submitter: 'a,b'",
      '    ]',
      '  ]',
      ')',
    ]);
  });

  it('refuses map keys and step names that are not identifiers, and non-integers', () => {
    expect(() => groovyCall('bad name')).to.throw(/not a Groovy identifier/);
    expect(() => groovyCall('step', { 'a-b': 'x' })).to.throw(/not a Groovy identifier/);
    expect(() => groovyCall('step', { n: 1.5 })).to.throw(/not an integer/);
  });

  it('indents blocks, leaving empty lines empty', () => {
    expect(indentLines(['a', '', 'b'], 2)).to.deep.equal(['    a', '', '    b']);
  });
});

describe('emit/jenkinsfile: when conditions', () => {
  const release: BuildMatch = { type: 'releasePullRequest', source: 'staging', target: 'master' };
  const otherPrs: BuildMatch = { type: 'changeRequest', except: { source: 'staging', target: 'master' } };
  const cases: { name: string; matches: BuildMatch[]; want: string[] }[] = [
    { name: 'one glob', matches: [{ type: 'branch', globs: ['master'] }], want: ['beforeAgent true', "branch 'master'"] },
    {
      name: 'several globs',
      matches: [{ type: 'branch', globs: ['feature/*', 'bugfix/*'] }],
      want: ['beforeAgent true', 'anyOf {', "  branch 'feature/*'", "  branch 'bugfix/*'", '}'],
    },
    { name: 'release PR', matches: [release], want: ['beforeAgent true', "changeRequest target: 'master', branch: 'staging'"] },
    {
      name: 'other PRs',
      matches: [otherPrs],
      want: ['beforeAgent true', 'allOf {', '  changeRequest()', "  not { changeRequest target: 'master', branch: 'staging' }", '}'],
    },
    { name: 'any PR', matches: [otherPrs, release], want: ['beforeAgent true', 'changeRequest()'] },
    {
      name: 'escaped glob',
      matches: [{ type: 'branch', globs: ["it's/\\u0027"] }],
      want: ['beforeAgent true', "branch 'it\\'s/\\\\u0027'"],
    },
  ];
  for (const { name, matches, want } of cases) {
    it(name, () => expect(whenLines(matches)).to.deep.equal(want));
  }

  it('refuses a stage that no build runs', () => {
    expect(() => whenLines([])).to.throw(/no build runs/);
  });
});
