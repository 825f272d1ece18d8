import dev.gatehouse.ChartRegistry
import dev.gatehouse.Rollback
import dev.gatehouse.Slack

// Deploys the chart recorded by gatehousePublishChart or gatehouseResolveBlessed (helmDeploy:
// upgrade --install --atomic --wait) with the environment's values file and tells Slack. On
// failure the release goes back to its last good revision (see dev.gatehouse.Rollback) and Slack
// is told. The Jenkinsfile wraps it in the environment's lock, after a milestone.
def call(Map args) {
  if (args.requireChannel && env.GATEHOUSE_CHANNEL != args.requireChannel) {
    error('gatehouse: ' + args.environment + ' takes only ' + args.requireChannel + ' builds; this one is ' +
      (env.GATEHOUSE_CHANNEL ?: 'unclassified'))
  }
  ChartRegistry registry = new ChartRegistry(this)
  registry.login()
  boolean deployed = false
  try {
    helmDeploy(
      release: args.release,
      chartRef: env.GATEHOUSE_CHART_REF,
      chartVersion: env.GATEHOUSE_CHART_VERSION,
      namespace: args.namespace,
      valuesFiles: ['chart/values-' + args.environment + '.yaml'],
      kubeconfigCredentialsId: args.kubeconfigCredentialsId,
      timeoutMinutes: args.timeoutMinutes,
      historyMax: args.historyMax)
    deployed = true
  } finally {
    registry.logout()
    if (!deployed) {
      new Rollback(this).afterFailure(args, 'Deploy failed')
    }
  }
  Slack slack = new Slack(this)
  slack.send('good', ':rocket: Deployed ' + slack.facts(args.environment) + '.')
  if (args.bless) {
    gatehouseBless(args.bless + [release: args.release, namespace: args.namespace,
      kubeconfigCredentialsId: args.kubeconfigCredentialsId])
  }
  if (args.releaseTag) {
    gatehouseReleaseTag()
  }
}
