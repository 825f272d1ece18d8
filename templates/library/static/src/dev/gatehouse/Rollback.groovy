package dev.gatehouse

/**
 * Rolls a failed release back to its last good helm revision (helmRollback) and says so in Slack,
 * including when there is nothing to roll back to. Never throws: the caller fails the build.
 */
class Rollback implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Rollback(def script) {
    this.script = script
  }

  void afterFailure(Map args, String what) {
    Slack slack = new Slack(script)
    try {
      def revision = script.helmRollback(release: args.release, namespace: args.namespace,
        kubeconfigCredentialsId: args.kubeconfigCredentialsId)
      slack.send('danger', ':rewind: ' + Slack.escape(what) + ' for ' + slack.facts(args.environment) +
        '; rolled back to helm revision ' + revision + '.')
    } catch (Exception rollbackError) {
      slack.send('danger', ':rotating_light: ' + Slack.escape(what) + ' for ' + slack.facts(args.environment) +
        '; rollback FAILED: ' + Slack.escape(rollbackError.message) + '. Needs a human now.')
    }
  }
}
