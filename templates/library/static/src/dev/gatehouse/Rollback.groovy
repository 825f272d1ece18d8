package dev.gatehouse

/**
 * Tells Slack how a failed release was put back to its last good helm revision. Never throws:
 * the caller fails the build.
 *  - A failed deploy: helmDeploy's `--atomic` already rolled the release back to its last good
 *    revision (calling helmRollback again would only add a revision), so this reports where the
 *    release is now.
 *  - A failed check after a good deploy (smoke tests): helmRollback to the last good revision.
 */
class Rollback implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Rollback(def script) {
    this.script = script
  }

  void afterFailedDeploy(Map args) {
    Slack slack = new Slack(script)
    try {
      String current = ''
      script.withEnv(['GATEHOUSE_RELEASE=' + args.release, 'GATEHOUSE_NAMESPACE=' + args.namespace]) {
        script.withCredentials([script.file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
          script.container('helm') {
            current = script.sh(returnStdout: true, script: '''
              set -eu
              status=$(helm status "$GATEHOUSE_RELEASE" --namespace "$GATEHOUSE_NAMESPACE" -o json)
              printf '%s' "$status" | jq -r '"revision " + (.version | tostring) + " (chart " + .chart.metadata.version + ", " + .info.status + ")"'
            ''').trim()
          }
        }
      }
      slack.send('danger', ':rewind: Deploy failed for ' + slack.facts(args.environment) +
        '; helm --atomic rolled the release back to its last good revision, now ' + Slack.escape(current) + '.')
    } catch (Exception statusError) {
      slack.send('danger', ':rotating_light: Deploy failed for ' + slack.facts(args.environment) +
        '; the release has no good revision to run (' + Slack.escape(statusError.message) + '). Needs a human now.')
    }
  }

  void afterFailedCheck(Map args, String what) {
    Slack slack = new Slack(script)
    try {
      def revision = script.helmRollback(release: args.release, namespace: args.namespace,
        kubeconfigCredentialsId: args.kubeconfigCredentialsId)
      slack.send('danger', ':rewind: ' + Slack.escape(what) + ' for ' + slack.facts(args.environment) +
        '; rolled back to helm revision ' + revision + ', the last good one.')
    } catch (Exception rollbackError) {
      slack.send('danger', ':rotating_light: ' + Slack.escape(what) + ' for ' + slack.facts(args.environment) +
        '; rollback FAILED: ' + Slack.escape(rollbackError.message) + '. Needs a human now.')
    }
  }
}
