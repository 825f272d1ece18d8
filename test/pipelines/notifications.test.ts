// What Slack hears, as the Slack plugin would treat each slackSend (the harness models it): every
// post as the bot user and taken by Slack; who may approve before each approval; why a build ended
// ABORTED or UNSTABLE; and what happens when Slack itself is down.
import { expect } from 'chai';
import type { Plan } from '../../src/plan/types.js';
import { observe, rollbacks, steps } from '../harness/observe.js';
import type { RunResult } from '../harness/pipeline-run.js';
import { buildOf } from '../harness/scenario-cases.js';
import { loadScenarioRuns } from '../harness/scenario-runs.js';
import { blessedOf } from '../harness/scenarios.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

describe('pipelines: Slack notifications', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let plan: Plan;
  let modules: string[];
  let results: Map<string, RunResult>;
  let run: (id: string) => RunResult;

  before(async () => {
    ({ plan, modules, results, run } = await loadScenarioRuns());
  });

  it('posts every Slack message as the bot user with the project token and channel, decides failOnError, and Slack takes it', () => {
    const { channel, credentialsId } = plan.model.project.slack;
    let posts = 0;
    for (const [id, result] of results) {
      for (const post of steps(result, 'slackSend')) {
        const args = post.args as Record<string, unknown>;
        const label = `${id}: ${String(args.message)}`;
        expect([args.botUser, args.tokenCredentialId, args.channel, typeof args.failOnError], label).to.deep.equal([true, credentialsId, channel, 'boolean']);
        if (!id.includes('Slack down')) expect(post.delivered, `${label} (${String(post.problem)})`).to.equal(true);
        posts++;
      }
    }
    expect(posts, 'Slack posts seen').to.be.greaterThan(modules.length);
  });

  it('does not fail a good deploy when Slack loses its routine notice, and keeps the deploy error when Slack loses an alert', () => {
    for (const name of modules) {
      const down = run(`${name} Slack down`);
      expect(down.result, `${name}: ${down.error}`).to.equal('SUCCESS');
      expect(steps(down, 'slackSend').map((e) => [(e.args as { failOnError?: boolean }).failOnError, e.delivered])).to.deep.include([false, false]);
      const failed = run(`${name} Slack down, deploy fails`);
      expect(failed.result, name).to.equal('FAILURE');
      expect(failed.error, name).to.contain('script returned exit code 1');
      expect(rollbacks(failed), name).to.have.length(1);
    }
  });

  it('tells Slack before each approval who may approve what, with a link to the input', () => {
    for (const name of modules) {
      const id = `${name} master`;
      const result = run(id);
      const module = plan.modules.find((m) => m.module.name === name)!.module;
      const gates = buildOf(plan, name, 'master').stages.find((s) => s.id === 'approve')?.approvals ?? [];
      const inputs = steps(result, 'input');
      const asks = steps(result, 'slackSend').filter((e) => String((e.args as { message?: string }).message).includes('Approval'));
      expect(asks, id).to.have.length(gates.length).and.length(inputs.length);
      asks.forEach((ask, i) => {
        const args = ask.args as { message: string; failOnError: boolean };
        const gate = gates[i]!;
        expect(ask.seq, `${id}: told before input ${i}`).to.be.lessThan(inputs[i]!.seq);
        expect(args.failOnError, id).to.equal(true);
        for (const fact of [`*${gate.role}*`, gate.submitters.join(','), `*${name}*`, blessedOf(module).appVersion, 'production', `<https://jenkins.example/job/${name}/42/input/|`]) {
          expect(args.message, `${id}: approval ${gate.role}`).to.contain(fact);
        }
      });
    }
  });

  it('tells Slack why a build ended ABORTED (approval rejected or timed out) or UNSTABLE (not blessed)', () => {
    const endings = (result: RunResult) => steps(result, 'slackSend').map((e) => (e.args as { message: string }).message).filter((m) => /Aborted|Unstable/.test(m));
    for (const name of modules) {
      const gates = buildOf(plan, name, 'master').stages.find((s) => s.id === 'approve')?.approvals ?? [];
      const rejected = run(`${name} production approval rejected`);
      const last = gates.at(-1)!;
      expect(endings(rejected), name).to.have.length(1);
      expect(endings(rejected)[0], name).to.match(new RegExp(`^:octagonal_sign: Aborted: \\*${name}\\* .*: the ${last.role} approval was not given \\(Rejected by ${last.submitters[0]!}\\)\\.$`));
      const timedOut = run(`${name} production approval times out`);
      expect(timedOut.result, name).to.equal('ABORTED');
      expect(observe(timedOut).namespacesDeployed, name).to.deep.equal([]);
      expect(endings(timedOut), name).to.have.length(1);
      expect(endings(timedOut)[0], name).to.match(new RegExp(`^:octagonal_sign: Aborted: \\*${name}\\* .*: the ${gates[1]!.role} approval was not given \\(Timeout has been exceeded\\)\\.$`));
      const unblessed = run(`${name} release PR not blessed`);
      expect(unblessed.result, name).to.equal('UNSTABLE');
      expect(steps(unblessed, 'sh').filter((e) => /kubectl label/.test(JSON.stringify(e.args))), name).to.deep.equal([]);
      expect(endings(unblessed), name).to.have.length(1);
      expect(endings(unblessed)[0], name).to.contain(`:warning: Unstable: *${name}*`).and.contain(`${name} is beta, not stable: not blessed, master cannot promote it.`);
      expect(endings(run(`${name} staging`)), `${name}: a good build says nothing of the kind`).to.deep.equal([]);
    }
  });
});
