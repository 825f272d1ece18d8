import { expect } from 'chai';
import { formatTable, printable, renderPlanText } from '../../src/plan/render-text.js';
import { planToJson } from '../../src/plan/plan-json.js';
import { continuousPlan, smallPlan } from './small-model.js';

describe('plan: text rendering', () => {
  it('prints one table per branch kind, columns named for what they hold, continuation rows for approvals', () => {
    const text = renderPlanText(continuousPlan(), { modules: continuousPlan().modules.slice(1, 2), kinds: ['master'] });
    expect(text).to.equal(
      [
        'mid 1.0.0  (wave 1, lead bob, repository acme/mid)',
        '  master: branch main; promotes the blessed build to prod (namespace prod-ns)',
        '    STAGE                  ENVIRONMENT/NAMESPACE  PUSHES  APPROVALS                REQUIRES      SKIPPED',
        '    Checkout               -                      -       -                        -             -',
        '    Resolve blessed build  prod/prod-ns           -       -                        -             -',
        '    Approvals              prod/prod-ns           -       lead: bob, leads, alice  -             -',
        '                                                          ops: ops-team',
        '    Deploy                 prod/prod-ns           -       -                        stable build  -',
        '    Smoke tests            prod/prod-ns           -       -                        -             -',
        '',
        'Deployment waves (a module deploys after every module it depends on; one wave deploys in parallel):',
        '  wave 0: base',
        '  wave 1: mid',
        '  wave 2: top',
        'Rollback order (the last wave first):',
        '  wave 2: top',
        '  wave 1: mid',
        '  wave 0: base',
        '',
      ].join('\n'),
    );
  });

  it('shows control characters in user text as escapes, so a reason cannot drive the terminal', () => {
    const plan = smallPlan((raw) => {
      const mid = raw.modules['mid'];
      if (mid) mid.skip = { integrationTests: 'clear\u001b[2J\nnext line\u0007' };
    });
    const text = renderPlanText(plan);
    // eslint-disable-next-line no-control-regex
    expect(text).not.to.match(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).to.contain('clear\\u001b[2J\\u000anext line\\u0007');
    expect(printable('tab\there')).to.equal('tab\\u0009here');
  });

  it('pads columns to the widest cell and trims trailing blanks', () => {
    expect(formatTable([['a', 'bb', ''], ['ccc', 'd', 'e']], '> ')).to.deep.equal(['> a    bb', '> ccc  d   e']);
  });
});

describe('plan: JSON data', () => {
  it('has a fixed key order and null for what does not apply', () => {
    const json = planToJson(smallPlan(), { kinds: ['staging'] }) as { modules: { builds: { stages: object[] }[] }[] };
    expect(Object.keys(json)).to.deep.equal(['modules', 'waves', 'rollbackWaves']);
    const mid = json.modules[1] as unknown as Record<string, unknown>;
    expect(Object.keys(mid)).to.deep.equal(['name', 'version', 'lead', 'repository', 'wave', 'dependsOn', 'builds']);
    const build = (mid['builds'] as Record<string, unknown>[])[0];
    expect(build && Object.keys(build)).to.deep.equal(['kind', 'when', 'environment', 'namespace', 'promotes', 'stages']);
    expect(build?.['when']).to.deep.equal({ type: 'branch', globs: ['develop'] });
    const stages = build?.['stages'] as Record<string, unknown>[];
    expect(stages.map((s) => [s['id'], s['namespace'], s['skipped'], s['skipReason']])).to.deep.equal([
      ['checkout', null, false, null],
      ['build', null, false, null],
      ['unitTests', null, false, null],
      ['scan', null, false, null],
      ['qualityGate', null, false, null],
      ['pushImage', null, false, null],
      ['publishChart', null, false, null],
      ['deploy', 'stage-ns', false, null],
      ['integrationTests', 'stage-ns', true, 'Has no API of its own.'],
    ]);
  });
});
