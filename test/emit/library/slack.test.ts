// Every place the library can post to Slack, found by parsing it with Groovy 2.4: each slackSend
// must post as the Slack app's bot user (the Slack plugin otherwise sends the bot token to the
// legacy Jenkins CI webhook, which refuses it, and the message is silently lost), with the
// project's token credential and channel, and say whether a lost message fails the build. What
// the plugin then does with these arguments is modeled by the harness (IntegrationSteps.slackSend)
// and checked for every message of every scenario in test/pipelines/scenarios.test.ts.
import { expect } from 'chai';
import { listGroovyFiles, loadPipelineTree } from '../../harness/pipeline-source.js';
import type { StepCall } from '../../harness/step-calls.js';
import { constantText, scanStepCalls } from '../../harness/step-calls.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

function problems(call: StepCall): string[] {
  const at = `${call.file}:${call.line}`;
  const found: string[] = [];
  if (constantText(call.args['botUser']) !== 'true') found.push(`${at}: botUser is not true`);
  const code = (name: string) => {
    const value = call.args[name];
    return Array.isArray(value) ? value.map((p) => ('code' in p ? p.code : `'${p.text}'`)).join(' + ') : undefined;
  };
  if (code('tokenCredentialId') !== 'project.slackCredentialsId') found.push(`${at}: tokenCredentialId is ${String(code('tokenCredentialId'))}`);
  if (code('channel') !== 'project.slackChannel') found.push(`${at}: channel is ${String(code('channel'))}`);
  if (call.args['failOnError'] === undefined) found.push(`${at}: failOnError is not decided`);
  if (call.args['message'] === undefined) found.push(`${at}: no message`);
  return found;
}

describe('library: every Slack post', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it('posts as the bot user with the project token and channel, and decides failOnError', async () => {
    const { root } = await loadPipelineTree();
    const calls = (await scanStepCalls(root, listGroovyFiles(root).filter((f) => f.startsWith('library/')))).filter((c) => c.step === 'slackSend');
    expect(calls.map((c) => c.file)).to.deep.equal(['library/src/dev/gatehouse/Slack.groovy']);
    expect(calls.flatMap(problems)).to.deep.equal([]);
  });
});
