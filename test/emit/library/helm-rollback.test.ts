// helmRollback's decision (vars/helmRollback.groovy `decide`, run in Groovy 2.4) on the histories
// helm 3 really writes (pkg/action/upgrade.go, rollback.go, install.go), and its shell scripts
// under /bin/sh with a stub helm that prints what helm prints.
import { expect } from 'chai';
import type { FileSet } from '../../../src/emit/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { runGroovy } from '../../render/groovy.js';
import { emitJenkinsSide, fileContent, loadPlan } from '../jenkinsfile/support.js';
import { groovyShellScripts, runWithStubs } from './shell-scripts.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

const entry = (revision: number, status: string, description = 'Upgrade complete', extra: Record<string, unknown> = {}) =>
  ({ revision, updated: '2026-01-01T00:00:00Z', status, chart: `auth-3.1.0-beta.pr7.${revision}.gabcdef0`, app_version: 'auth-3-1-0-abcdef0', description, ...extra });

interface Decision { action: string; revision: number; reason: string }
interface Case { name: string; history: object[]; abandon?: number; pendingOnly?: boolean; want: Pick<Decision, 'action' | 'revision'>; says?: string }

const UPGRADE_FAILED = 'Upgrade "auth" failed: timed out waiting for the condition';
const CASES: Case[] = [
  { name: 'no release at all (a first install that --atomic removed)', history: [], want: { action: 'none', revision: 0 }, says: 'helm --atomic removed a failed first install' },
  { name: 'the live revision after a failed deploy that created none', history: [entry(6, 'superseded'), entry(7, 'deployed')], want: { action: 'none', revision: 7 } },
  { name: 'the previous revision when the live one failed its smoke tests', history: [entry(6, 'superseded'), entry(7, 'deployed')], abandon: 7, want: { action: 'rollback', revision: 6 } },
  {
    name: 'nothing after --atomic restored the last good revision',
    history: [entry(6, 'superseded'), entry(7, 'superseded'), entry(8, 'failed', UPGRADE_FAILED), entry(9, 'deployed', 'Rollback to 7')],
    want: { action: 'none', revision: 9 }, says: 'revision 9 is live and good (a rollback to 7); nothing to roll back',
  },
  {
    name: 'the last good revision when --atomic\'s own rollback failed (helm marks the failed upgrade superseded)',
    history: [entry(6, 'superseded'), entry(7, 'deployed'), entry(8, 'superseded', UPGRADE_FAILED), entry(9, 'failed', 'Rollback "auth" failed: timed out')],
    want: { action: 'rollback', revision: 7 },
  },
  { name: 'past a revision that was rolled away from', history: [entry(1, 'superseded'), entry(2, 'superseded'), entry(3, 'deployed', 'Rollback to 1')], abandon: 3, want: { action: 'rollback', revision: 1 } },
  { name: 'a rollback target given by helm 4\'s rollback_revision', history: [entry(1, 'superseded'), entry(2, 'superseded'), entry(3, 'deployed', 'manual', { rollback_revision: 1 })], abandon: 3, want: { action: 'rollback', revision: 1 } },
  { name: 'past an upgrade a killed helm left pending', history: [entry(4, 'superseded'), entry(5, 'deployed'), entry(6, 'pending-upgrade', 'Preparing upgrade')], want: { action: 'rollback', revision: 5 } },
  { name: 'past a rollback a killed helm left pending', history: [entry(6, 'superseded'), entry(7, 'deployed'), entry(8, 'failed', UPGRADE_FAILED), entry(9, 'pending-rollback', 'Rollback to 7')], pendingOnly: true, want: { action: 'rollback', revision: 7 } },
  { name: 'nothing to recover when the newest revision is not pending', history: [entry(6, 'superseded'), entry(7, 'failed', UPGRADE_FAILED)], pendingOnly: true, want: { action: 'none', revision: 7 } },
  { name: 'an uninstall for a first install left pending', history: [entry(1, 'pending-install', 'Initial install underway')], pendingOnly: true, want: { action: 'uninstall', revision: 1 } },
  { name: 'an uninstall for a first install whose --atomic uninstall was killed', history: [entry(1, 'uninstalling', 'Deletion in progress (or silently failed)')], want: { action: 'uninstall', revision: 1 } },
  { name: 'nothing for a failed first install without --atomic (helm upgrade installs over it)', history: [entry(1, 'failed', 'Release "auth" failed: timed out')], want: { action: 'none', revision: 1 } },
  {
    name: 'stuck when a release that deployed has no good revision left in its history',
    history: [entry(3, 'superseded', UPGRADE_FAILED), entry(4, 'failed', UPGRADE_FAILED)],
    want: { action: 'stuck', revision: 4 }, says: 'holds no good revision to roll back to',
  },
];

/** The step script as a script-local class (helmRollback.groovy has no package). */
function decideAll(source: string, cases: readonly Case[]): Decision[] {
  const calls = cases.map((c) => `  out << step.decide(${JSON.stringify(JSON.stringify(c.history)).replace(/\$/g, '\\$')}, ${c.abandon ?? 0}, ${c.pendingOnly === true})`);
  const script = [
    'import groovy.json.JsonOutput',
    `def step = new GroovyShell().parse(${JSON.stringify(source).replace(/\$/g, '\\$')})`,
    'def out = []',
    ...calls,
    'println JsonOutput.toJson(out)',
  ].join('\n');
  return JSON.parse(runGroovy(script)) as Decision[];
}

describe('helmRollback', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let files: FileSet;
  let decisions: Decision[];
  const script = (index: number): string => groovyShellScripts(fileContent(files, 'library/vars/helmRollback.groovy'))[index] ?? '';

  before(async () => {
    files = emitJenkinsSide(await loadPlan(DEFAULT_CONFIG));
    decisions = decideAll(fileContent(files, 'library/vars/helmRollback.groovy'), CASES);
  });

  CASES.forEach((c, i) => {
    it(`decides ${c.name}`, () => {
      expect(decisions[i]).to.include(c.want);
      if (c.says) expect(decisions[i]?.reason).to.contain(c.says);
    });
  });

  describe('its shell scripts', () => {
    const env = { HELM_RELEASE: 'auth', HELM_NAMESPACE: 'staging', HELM_TIMEOUT: '10m', HELM_ROLLBACK_REVISION: '7' };

    it('reads a missing release as an empty history ("Error: release: not found", exit 1)', () => {
      const run = runWithStubs(script(0), { helm: 'echo "Error: release: not found" >&2; exit 1' }, env);
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stdout).to.equal('[]\n');
      expect(run.calls).to.deep.equal(['helm history auth --namespace staging --max 256 -o json']);
    });

    it('fails on any other helm error (an unreachable cluster is not an empty history)', () => {
      const run = runWithStubs(script(0), { helm: 'echo "Error: Kubernetes cluster unreachable" >&2; exit 1' }, env);
      expect(run.status).to.equal(1);
      expect(run.stderr).to.contain('Kubernetes cluster unreachable');
    });

    it('passes the history through', () => {
      const history = JSON.stringify([entry(7, 'deployed')]);
      const run = runWithStubs(script(0), { helm: `printf '%s' '${history}'` }, env);
      expect(JSON.parse(run.stdout)).to.deep.equal(JSON.parse(history));
    });

    it('rolls back with --wait, or without when time is short', () => {
      const waits = runWithStubs(script(1), { helm: 'exit 0' }, { ...env, HELM_WAIT: '--wait' });
      expect(waits.calls).to.deep.equal(['helm rollback auth 7 --namespace staging --wait --timeout 10m']);
      const quick = runWithStubs(script(1), { helm: 'exit 0' }, { ...env, HELM_WAIT: '', HELM_TIMEOUT: '1m' });
      expect(quick.calls).to.deep.equal(['helm rollback auth 7 --namespace staging --timeout 1m']);
    });

    it('uninstalls an unfinished first install', () => {
      const run = runWithStubs(script(2), { helm: 'exit 0' }, { ...env, HELM_WAIT: '--wait' });
      expect(run.calls).to.deep.equal(['helm uninstall auth --namespace staging --wait --timeout 10m']);
    });
  });
});
