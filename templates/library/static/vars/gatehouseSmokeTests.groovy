import dev.gatehouse.Rollback
import dev.gatehouse.Slack

// Post-deploy sanity check in the 'helm' container: the module's smoke command gets the release
// name as its last argument, with KUBECONFIG and HELM_NAMESPACE set (so the default
// `helm test --logs` becomes `helm test --logs <release>`, which prints the test pods' logs). A
// failure rolls the release back from the revision gatehouseDeploy deployed and fails the stage.
// The kubeconfig is bound while it runs, so xtrace is off; the command is echoed instead.
def call(Map args) {
  int status = 0
  echo('gatehouse: smoke tests: ' + args.command + ' ' + args.release)
  withEnv(['GATEHOUSE_RELEASE=' + args.release, 'HELM_NAMESPACE=' + args.namespace]) {
    withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
      container('helm') {
        status = sh(returnStatus: true, script: 'set +x\n' + args.command + ' "$GATEHOUSE_RELEASE"')
      }
    }
  }
  if (status != 0) {
    new Rollback(this).afterFailure(args + [abandon: env.GATEHOUSE_DEPLOYED_REVISION], 'Smoke tests', null)
    error('gatehouse: smoke tests of ' + args.release + ' in ' + args.environment + ' failed (exit ' + status + '); rolled back')
  }
  Slack slack = new Slack(this)
  slack.send('good', ':white_check_mark: Smoke tests passed for ' + slack.facts(args.environment) + '.')
  if (args.bless) {
    gatehouseBless(args.bless + [release: args.release, namespace: args.namespace,
      kubeconfigCredentialsId: args.kubeconfigCredentialsId])
  }
  if (args.releaseTag) {
    gatehouseReleaseTag()
  }
}
