package dev.gatehouse

/**
 * Puts a failed release back on its last good helm revision (helmRollback: the newest revision
 * that deployed successfully, not merely the previous one) and says so in Slack, also when there
 * is nothing to roll back to. After a failed deploy helm's --atomic has usually restored that
 * revision already; helmRollback is idempotent then, and it is the safety net when --atomic's own
 * rollback failed or timed out. Never throws: the caller fails the build.
 */
class Rollback implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Rollback(def script) {
    this.script = script
  }

  // Whatever helmRollback throws, Slack must hear about it and the caller's error must win.
  @SuppressWarnings('CatchException')
  void afterFailure(Map args, String what) {
    Slack slack = new Slack(script)
    try {
      def revision = script.helmRollback(release: args.release, namespace: args.namespace,
        kubeconfigCredentialsId: args.kubeconfigCredentialsId)
      tell(slack, ':rewind: ' + Slack.escape(what) + ' for ' + slack.facts(args.environment) +
        '; rolled back to helm revision ' + revision + ', the last good one.')
    } catch (Exception rollbackError) {
      tell(slack, ':rotating_light: ' + Slack.escape(what) + ' for ' + slack.facts(args.environment) +
        '; rollback FAILED: ' + Slack.escape(rollbackError.message) + '. Needs a human now.')
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
