// helm's leftovers after a failed or interrupted deploy, run through the library in the harness:
// the rollback picks the last good revision, says in Slack what it did, and recovers what an
// interrupted helm left pending (see also test/emit/library/helm-rollback.test.ts).
import { expect } from 'chai';
import type { Plan } from '../../src/plan/types.js';
import { observe, rollbacks, steps } from '../harness/observe.js';
import type { RunResult } from '../harness/pipeline-run.js';
import { buildOf, rollbackModule } from '../harness/scenario-cases.js';
import { loadScenarioRuns } from '../harness/scenario-runs.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

describe('pipelines: rollback', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let plan: Plan;
  let modules: string[];
  let run: (id: string) => RunResult;

  before(async () => {
    ({ plan, modules, run } = await loadScenarioRuns());
  });

  it('rolls back to the last good revision when a deploy fails, and tells Slack', () => {
    for (const name of modules) {
      const id = `${name} deploy fails`;
      const result = run(id);
      const staging = buildOf(plan, name, 'staging');
      const calls = rollbacks(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(calls, id).to.have.length(1);
      const args = (calls[0]?.args as Record<string, unknown>[])[0];
      expect(args?.namespace, id).to.equal(staging.namespace);
      // helm history: --atomic's rollback failed (9), the upgrade (8) failed, 7 is the last good one.
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect(rollback?.env?.HELM_ROLLBACK_REVISION, id).to.equal('7');
      expect(rollback?.env?.HELM_WAIT, id).to.equal('--wait');
      expect(observe(result).stagesEntered, id).to.not.include('Integration tests');
      const deployFailed = steps(result, 'sh').findIndex((e) => e.exitCode === 1);
      const told = steps(result, 'slackSend').filter((e) => e.seq > (steps(result, 'sh')[deployFailed]?.seq ?? Infinity));
      expect(told.map((e) => (e.args as { failOnError?: boolean }).failOnError), `${id}: rollback and failure are alerts`).to.deep.equal([true, true]);
    }
  });

  describe('rollback edge cases: what helm leaves behind', () => {
    const name = (): string => rollbackModule(plan, modules);
    const helmCalls = (result: RunResult) => steps(result, 'sh').map((e) => String((e.args as { label?: string }).label ?? '')).filter((l) => /^helm (upgrade|rollback|uninstall)/.test(l));
    const alerts = (result: RunResult) => observe(result).slack.map((m) => m.message);

    it('a failed first install that --atomic removed: nothing to roll back, and no cry for a human', () => {
      const result = run(`${name()} first install fails`);
      expect(result.result).to.equal('FAILURE');
      expect(helmCalls(result)).to.deep.equal([`helm upgrade --install ${name()}`]);
      expect(alerts(result).join('\n')).to.contain('Deploy failed for').and.contain('helm --atomic removed a failed first install; nothing to roll back').and.not.contain('Needs a human');
    });

    it('after --atomic restored the last good revision, adds no revision of its own', () => {
      const result = run(`${name()} deploy fails, --atomic restored`);
      expect(result.result).to.equal('FAILURE');
      expect(helmCalls(result)).to.deep.equal([`helm upgrade --install ${name()}`]);
      expect(alerts(result).join('\n')).to.contain('revision 9 is live and good (a rollback to 7); nothing to roll back').and.not.contain('Needs a human');
    });

    it('a deploy killed by the stage timeout: rolls the pending upgrade back at once, without waiting, and says why it stopped', () => {
      const result = run(`${name()} deploy killed by the stage timeout`);
      expect(result.result).to.equal('ABORTED');
      expect(helmCalls(result)).to.deep.equal([`helm upgrade --install ${name()}`, `helm rollback ${name()}`]);
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect([rollback?.env?.HELM_ROLLBACK_REVISION, rollback?.env?.HELM_WAIT, rollback?.env?.HELM_TIMEOUT]).to.deep.equal(['7', '', '1m']);
      const said = alerts(result).join('\n');
      expect(said).to.contain('Deploy to staging was interrupted (Timeout has been exceeded) for').and.contain('rolling back to revision 7').and.contain('without waiting for the pods');
      expect(said).to.contain(':octagonal_sign: Aborted:').and.not.contain('Needs a human');
    });

    it('the next deploy recovers a release left pending-upgrade (helm upgrade would refuse it) before it upgrades', () => {
      const result = run(`${name()} deploy after a killed one`);
      expect(result.result, String(result.error)).to.equal('SUCCESS');
      expect(helmCalls(result)).to.deep.equal([`helm rollback ${name()}`, `helm upgrade --install ${name()}`]);
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect([rollback?.env?.HELM_ROLLBACK_REVISION, rollback?.env?.HELM_WAIT]).to.deep.equal(['7', '--wait']);
      expect(alerts(result)[0]).to.contain(':wrench: Before deploying').and.contain('revision 8 is pending-upgrade; rolling back to revision 7');
    });

    it('the next deploy uninstalls a first install left pending-install, then installs', () => {
      const result = run(`${name()} deploy after a killed first install`);
      expect(result.result, String(result.error)).to.equal('SUCCESS');
      expect(helmCalls(result)).to.deep.equal([`helm uninstall ${name()}`, `helm upgrade --install ${name()}`]);
    });

    it('failed smoke tests roll away from the revision just deployed, to the one before', () => {
      const result = run(`${name()} smoke tests fail`);
      expect(result.result).to.equal('FAILURE');
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect([rollback?.env?.HELM_ROLLBACK_REVISION, rollback?.env?.HELM_WAIT]).to.deep.equal(['7', '--wait']);
      expect(rollbacks(result).map((e) => (e.args as Record<string, unknown>[])[0]?.abandon)).to.deep.equal(['8']);
      expect(alerts(result).join('\n')).to.contain(':rewind: Smoke tests failed for');
    });
  });
});
