// Packages chart/ with the versions from the quality gate and the annotations promotion reads,
// and pushes it to the project's OCI chart repository (helmPublish).
def call() {
  Map project = gatehouseProject()
  env.GATEHOUSE_CHART_REF = helmPublish(
    chartDir: 'chart',
    chartVersion: env.GATEHOUSE_CHART_VERSION,
    appVersion: env.GATEHOUSE_APP_VERSION,
    annotations: [
      'gatehouse.dev/tree': env.GATEHOUSE_TREE,
      'gatehouse.dev/channel': env.GATEHOUSE_CHANNEL,
      'gatehouse.dev/release-id': env.GATEHOUSE_RELEASE_ID,
    ],
    repository: project.chartsRepository,
    credentialsId: project.chartsCredentialsId)
  echo('gatehouse: published ' + env.GATEHOUSE_CHART_REF + ' ' + env.GATEHOUSE_CHART_VERSION)
}
