import dev.gatehouse.ChartRegistry
import dev.gatehouse.Rollback
import dev.gatehouse.Slack

// Deploys the chart recorded by gatehousePublishChart or gatehouseResolveBlessed (helmDeploy:
// upgrade --install --atomic --wait) with the environment's values file, the image pinned to the
// digest gatehousePushImage or gatehouseResolveBlessed recorded, and tells Slack. First a
// release that an interrupted helm left pending is recovered (helm upgrade refuses it); on failure
// the release goes back to its last good revision when --atomic did not already restore it (see
// dev.gatehouse.Rollback) and Slack is told. Records the deployed revision in
// GATEHOUSE_DEPLOYED_REVISION (smoke tests roll away from it). The Jenkinsfile wraps it in the
// environment's lock, after a milestone.
def call(Map args) {
  if (args.requireChannel && env.GATEHOUSE_CHANNEL != args.requireChannel) {
    error('gatehouse: ' + args.environment + ' takes only ' + args.requireChannel + ' builds; this one is ' +
      (env.GATEHOUSE_CHANNEL ?: 'unclassified'))
  }
  Rollback rollback = new Rollback(this)
  rollback.recoverPending(args)
  ChartRegistry registry = new ChartRegistry(this)
  registry.login()
  try {
    env.GATEHOUSE_DEPLOYED_REVISION = String.valueOf(helmDeploy(
      release: args.release,
      chartRef: env.GATEHOUSE_CHART_REF,
      chartVersion: env.GATEHOUSE_CHART_VERSION,
      namespace: args.namespace,
      valuesFiles: ['chart/values-' + args.environment + '.yaml'],
      kubeconfigCredentialsId: args.kubeconfigCredentialsId,
      timeoutMinutes: args.timeoutMinutes,
      historyMax: args.historyMax,
      imageDigest: env.GATEHOUSE_IMAGE_DIGEST ?: ''))
  } catch (Exception failure) {
    rollback.afterFailure(args, 'Deploy', failure)
    throw failure
  } finally {
    registry.logout()
  }
  Slack slack = new Slack(this)
  slack.send('good', ':rocket: Deployed ' + slack.facts(args.environment) + ' (helm revision ' +
    env.GATEHOUSE_DEPLOYED_REVISION + ').')
  if (args.bless) {
    gatehouseBless(args.bless + [release: args.release, namespace: args.namespace,
      kubeconfigCredentialsId: args.kubeconfigCredentialsId])
  }
  if (args.releaseTag) {
    gatehouseReleaseTag()
  }
}
