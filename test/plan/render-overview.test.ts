import { expect } from 'chai';
import { renderPlanOverview } from '../../src/plan/render-overview.js';
import { continuousPlan, smallPlan } from './small-model.js';

describe('plan: the overview', () => {
  it('says once what the builds do, then one line per module by wave, then the rollback order by wave', () => {
    expect(renderPlanOverview(continuousPlan())).to.equal(
      [
        'small: 3 modules in 3 deployment waves',
        '',
        'Builds (the same for every module; the module lead approves in the moduleLead role):',
        '  feature      branch feature/* or fix/**; deploys nowhere',
        '               Checkout, Build image, Unit tests',
        '  pullRequest  any other pull request (not from develop to main); deploys nowhere',
        '               Checkout, Build image',
        '  staging      branch develop; deploys to stage (namespace stage-ns)',
        '               Checkout, Build image, Unit tests, Vulnerability scan, Quality gate, Push image, Publish chart, Deploy, Integration tests',
        '  prMerge      pull request from develop to main (PR-merge build); deploys to pre (namespace pre-ns)',
        '               Checkout, Build image, Unit tests, Vulnerability scan, Quality gate, Push image, Publish chart, Deploy',
        '  master       branch main; promotes the blessed build to prod (namespace prod-ns)',
        '               Checkout, Resolve blessed build, Approvals, Deploy (stable build only), Smoke tests',
        "               approvals in prod: lead (the module's lead, leads, alice), ops (ops-team)",
        '',
        'Modules by wave (a module deploys after every module it depends on; one wave deploys in parallel):',
        '  WAVE  MODULE  VERSION  LEAD   DEPENDS ON  SKIPS',
        '  0     base    1.0.0    alice  -           -',
        '  1     mid     1.0.0    bob    base        Integration tests',
        '  2     top     1.0.0    carol  base, mid   -',
        'Rollback order (the last wave first):',
        '  wave 2: top',
        '  wave 1: mid',
        '  wave 0: base',
        '',
        'Stages per build: gatehouse plan --module NAME (every module: --all; one build: --branch NAME).',
        '',
      ].join('\n'),
    );
  });

  it('says in train mode that master records the candidate the release train deploys', () => {
    const lines = renderPlanOverview(smallPlan()).split('\n');
    expect(lines[2]).to.equal('Builds (the same for every module; the release train deploys to production after its vote: gatehouse plan --train):');
    const master = lines.findIndex((l) => l.startsWith('  master'));
    expect(lines.slice(master, master + 2)).to.deep.equal([
      '  master       branch main; records the blessed build as the release candidate for prod (namespace prod-ns); the release train deploys it',
      '               Checkout, Resolve blessed build, Record release candidate',
    ]);
    expect(lines[master + 2]).to.equal('');
  });

  it('orders modules by wave, then name, whatever order modules.yaml lists them in', () => {
    const plan = smallPlan((raw) => {
      raw.modules = { top: raw.modules['top']!, aaa: { ...raw.modules['top']!, repository: 'aaa', dependsOn: [] }, base: raw.modules['base']!, mid: raw.modules['mid']! };
    });
    const rows = renderPlanOverview(plan).split('\n').filter((l) => /^ {2}\d+ {3,}/.test(l)).map((l) => l.trim().split(/ +/).slice(0, 2));
    expect(rows).to.deep.equal([['0', 'aaa'], ['0', 'base'], ['1', 'mid'], ['2', 'top']]);
  });
});
