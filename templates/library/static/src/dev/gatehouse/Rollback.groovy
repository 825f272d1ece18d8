package dev.gatehouse

import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException

/**
 * Puts a release back on its last good helm revision after a failed deploy or smoke test
 * (helmRollback decides: roll back, nothing to do, or uninstall an unfinished first install) and
 * tells Slack what happened, in words that say whether a human is needed:
 *  - a failed first install that helm --atomic removed: nothing to roll back;
 *  - --atomic already restored the last good revision: nothing more to do (no extra revision);
 *  - --atomic's own rollback failed: helmRollback rolls back;
 *  - the deploy was interrupted (the stage timeout, an abort): Jenkins gives the stopped build about
 *    a minute, so the rollback is applied without waiting for the pods; whatever helm left pending
 *    is recovered by recoverPending before the next deploy, since helm upgrade refuses a pending
 *    release ("another operation (install/upgrade/rollback) is in progress").
 * Only a rollback that fails, or a history without a good revision, needs a human.
 */
class Rollback implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Rollback(def script) {
    this.script = script
  }

  /** Before a deploy: recovers a release an interrupted helm left pending-*, and says so. */
  void recoverPending(Map args) {
    Map decision = script.helmRollback(release: args.release, namespace: args.namespace,
      kubeconfigCredentialsId: args.kubeconfigCredentialsId, timeoutMinutes: args.timeoutMinutes, pendingOnly: true)
    if (decision.action != 'none') {
      Slack slack = new Slack(script)
      tell(slack, ':wrench: Before deploying ' + slack.facts(args.environment) + ': an interrupted helm left the release ' +
        'pending; ' + Slack.escape(decision.reason) + '.')
    }
  }

  /**
   * After `what` failed (the caller then fails the build with `failure`, or with its own error when
   * `failure` is null). args.abandon: the revision to leave even though it deployed (smoke tests).
   */
  // Whatever helmRollback throws, Slack must hear about it and the caller's error must win.
  @SuppressWarnings('CatchException')
  void afterFailure(Map args, String what, Throwable failure) {
    Slack slack = new Slack(script)
    boolean interrupted = failure instanceof FlowInterruptedException
    if (interrupted) {
      script.env.GATEHOUSE_STOPPED = what + ' to ' + args.environment + ' was interrupted (' +
        Interruptions.describe((FlowInterruptedException) failure) + ')'
    }
    String headline = Slack.escape(interrupted ? script.env.GATEHOUSE_STOPPED : what + ' failed') + ' for ' + slack.facts(args.environment)
    try {
      Map decision = script.helmRollback(release: args.release, namespace: args.namespace,
        kubeconfigCredentialsId: args.kubeconfigCredentialsId, timeoutMinutes: interrupted ? 1 : args.timeoutMinutes,
        wait: !interrupted, abandon: args.abandon)
      String icon = decision.action == 'rollback' ? ':rewind: ' : ':information_source: '
      tell(slack, icon + headline + '; ' + Slack.escape(decision.reason) +
        (interrupted && decision.action != 'none' ? ' (applied without waiting for the pods: the build was stopping)' : '') + '.')
    } catch (Exception rollbackError) {
      tell(slack, ':rotating_light: ' + headline + '; rollback FAILED: ' + Slack.escape(rollbackError.message) + '. Needs a human now.')
    }
  }

  /** An alert whose own failure is logged, never thrown: the caller's error must win. */
  @SuppressWarnings('CatchException')
  private void tell(Slack slack, String text) {
    try {
      slack.alert('danger', text)
    } catch (Exception slackError) {
      script.echo('gatehouse: Slack did not take this alert (' + slackError.message + '): ' + text)
    }
  }
}
