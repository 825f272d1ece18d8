import { expect } from 'chai';
import { describeChange, describeSetting, valueText } from '../../src/diff/describe.js';
import type { ModuleChange } from '../../src/diff/types.js';

const STAGING_SMOKE = { id: 'smokeTests', title: 'Smoke tests', environment: 'staging', namespace: 'staging' } as const;
const PROD_DEPLOY = { id: 'deploy', title: 'Deploy', environment: 'production', namespace: 'production' } as const;

describe('diff: every change in words', () => {
  const cases: [ModuleChange, string][] = [
    [{ kind: 'version', before: '5.2.0', after: '5.3.0' }, 'version 5.3.0 (was 5.2.0)'],
    [{ kind: 'dependencies', added: ['notification'], removed: [] }, 'now depends on notification'],
    [{ kind: 'dependencies', added: [], removed: ['auth', 'catalog'] }, 'no longer depends on auth, catalog'],
    [{ kind: 'dependencies', added: ['a'], removed: ['b'] }, 'now depends on a; no longer on b'],
    [{ kind: 'wave', before: 3, after: 2 }, 'moves from wave 3 to wave 2'],
    [{ kind: 'order', module: 'notification', before: 'same', after: 'after' }, 'now deploys after notification and rolls back before it (was: same wave)'],
    [{ kind: 'order', module: 'catalog', before: 'after', after: 'before' }, 'now deploys before catalog and rolls back after it (was: after it)'],
    [{ kind: 'order', module: 'auth', before: 'before', after: 'same' }, 'now deploys in the same wave as auth and rolls back with it (was: before it)'],
    [{ kind: 'trigger', build: 'staging', before: 'branch staging', after: 'branch develop' }, 'staging build now runs for branch develop (was branch staging)'],
    [
      { kind: 'target', build: 'prMerge', before: { environment: 'preprod', namespace: 'preprod', promotes: false }, after: { environment: 'preprod', namespace: 'pre-prod', promotes: false } },
      'prMerge build now deploys to preprod (namespace pre-prod) (was: deploys to preprod (namespace preprod))',
    ],
    [
      { kind: 'target', build: 'feature', before: { environment: null, namespace: null, promotes: false }, after: { environment: 'dev', namespace: 'dev-ns', promotes: false } },
      'feature build now deploys to dev (namespace dev-ns) (was: deploys nowhere)',
    ],
    [{ kind: 'stage', build: 'staging', change: 'added', stage: STAGING_SMOKE }, 'staging build now runs Smoke tests in staging (namespace staging)'],
    [{ kind: 'stage', build: 'feature', change: 'removed', stage: { id: 'scan', title: 'Vulnerability scan', environment: null, namespace: null } }, 'feature build no longer runs Vulnerability scan'],
    [{ kind: 'requirement', build: 'master', stage: PROD_DEPLOY, before: 'stable', after: null }, "master build's Deploy in production (namespace production) no longer requires a stable build"],
    [{ kind: 'requirement', build: 'master', stage: PROD_DEPLOY, before: null, after: 'stable' }, "master build's Deploy in production (namespace production) now requires a stable build"],
    [{ kind: 'requirement', build: 'master', stage: PROD_DEPLOY, before: 'stable', after: 'beta' }, "master build's Deploy in production (namespace production) now requires a beta build (was a stable build)"],
    [{ kind: 'approval', build: 'master', environment: 'production', change: 'added', role: 'security', submitters: ['sec-team', 'ciso'] }, 'master build now asks security (sec-team, ciso) to approve production'],
    [{ kind: 'approval', build: 'master', environment: 'production', change: 'removed', role: 'product', submitters: ['pm'] }, 'master build no longer asks product to approve production'],
    [{ kind: 'approvers', build: 'master', environment: 'production', role: 'moduleLead', added: ['dave'], removed: ['bob'] }, 'master build: who may approve as moduleLead in production: now also dave; no longer bob'],
    [{ kind: 'approvalOrder', build: 'master', environment: 'production', before: ['sre', 'qa'], after: ['qa', 'sre'] }, 'master build asks for approvals in production in the order qa, sre (was sre, qa)'],
    [{ kind: 'skip', stage: 'integrationTests', title: 'Integration tests', before: null, after: 'No API.' }, 'Integration tests now skipped: No API.'],
    [{ kind: 'skip', stage: 'integrationTests', title: 'Integration tests', before: 'No API.', after: null }, 'Integration tests no longer skipped (was skipped: No API.)'],
    [{ kind: 'skip', stage: 'smokeTests', title: 'Smoke tests', before: 'Old.', after: 'New.' }, 'Smoke tests skipped for a new reason: New. (was: Old.)'],
    [{ kind: 'quality', setting: 'channels.stable.minLineCoverage', before: 80, after: 85 }, 'quality stable: line coverage >= 85% (was >= 80%)'],
    [{ kind: 'quality', setting: 'channels.beta.maxFailedTests', before: 0, after: 2 }, 'quality beta: failed tests <= 2 (was <= 0)'],
    [{ kind: 'quality', setting: 'channels.stable.maxVulnerabilities.medium', before: 10, after: null }, 'quality stable: medium vulnerabilities no limit (was <= 10)'],
    [{ kind: 'quality', setting: 'scan.ignoreUnfixed', before: true, after: false }, 'quality scan.ignoreUnfixed: false (was true)'],
    [{ kind: 'quality', setting: 'scan.allow.CVE-1', before: null, after: { reason: 'Not used.', expires: '2027-01-01' } }, 'quality scan.allow.CVE-1: {reason: Not used.; expires: 2027-01-01} (new)'],
    [{ kind: 'setting', setting: 'chart.port', before: 8080, after: 8000 }, 'chart.port: 8000 (was 8080)'],
    [{ kind: 'setting', setting: 'chart.ingress.host', before: 'a.example', after: null }, 'chart.ingress.host: removed (was a.example)'],
  ];
  for (const [change, want] of cases) it(`${change.kind}: ${want}`, () => expect(describeChange(change)).to.equal(want));

  it('writes setting values as words', () => {
    expect(describeSetting({ setting: 'release.weekdays', before: ['mon', 'tue'], after: [] })).to.equal('release.weekdays: none (was mon, tue)');
    expect(valueText(null)).to.equal('not set');
  });
});
