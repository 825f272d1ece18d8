import dev.gatehouse.BlessedBuilds

// Finds the build to promote: the newest helm release revision of `release` in `fromNamespace`
// that gatehouseBless labelled gatehouse.dev/blessed=true and whose chart's gatehouse.dev/tree
// annotation equals this checkout's tree. Production then deploys exactly that chart version,
// with the image digest that revision was deployed with (its values, .config.image.digest), if any.
def call(Map args) {
  String rows = ''
  withEnv(['GATEHOUSE_RELEASE=' + args.release, 'GATEHOUSE_NAMESPACE=' + args.fromNamespace]) {
    withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
      container('helm') {
        // Helm 3.13+ copies a release's labels to its later revisions, so an unblessed revision can
        // carry gatehouse.dev/blessed=true too: only the one named by blessed-revision counts.
        rows = sh(returnStdout: true, script: '''
          set +x -eu
          secrets=$(kubectl get secrets --namespace "$GATEHOUSE_NAMESPACE" -o json \
            --selector "owner=helm,name=$GATEHOUSE_RELEASE,gatehouse.dev/blessed=true")
          printf '%s' "$secrets" \
            | jq -r '.items[] | select(.metadata.labels["gatehouse.dev/blessed-revision"] == .metadata.labels.version)
                | .data.release' \
            | while IFS= read -r release; do
                printf '%s' "$release" | base64 -d | base64 -d | gzip -dc \
                  | jq -r '[(.version | tostring), .chart.metadata.name, .chart.metadata.version,
                      (.chart.metadata.appVersion // ""),
                      (.chart.metadata.annotations["gatehouse.dev/tree"] // ""),
                      (.chart.metadata.annotations["gatehouse.dev/channel"] // ""),
                      (.chart.metadata.annotations["gatehouse.dev/release-id"] // ""),
                      (.config.image.digest // "")] | @tsv'
              done
        ''')
      }
    }
  }
  Map blessed = BlessedBuilds.newestWithTree(rows, env.GATEHOUSE_TREE)
  if (blessed == null) {
    error('gatehouse: no blessed build of ' + args.release + ' in ' + args.fromEnvironment + ' has tree ' +
      env.GATEHOUSE_TREE + ': only a release PR build that passed its integration tests with a stable ' +
      'gate can reach ' + args.environment + '. Re-run the release PR build, then this one.')
  }
  env.GATEHOUSE_CHART_REF = gatehouseProject().chartsRepository + '/' + blessed.chart
  env.GATEHOUSE_CHART_VERSION = blessed.chartVersion
  env.GATEHOUSE_APP_VERSION = blessed.appVersion
  env.GATEHOUSE_CHANNEL = blessed.channel
  env.GATEHOUSE_RELEASE_ID = blessed.releaseId
  env.GATEHOUSE_BLESSED_REVISION = String.valueOf(blessed.revision)
  env.GATEHOUSE_IMAGE_DIGEST = blessed.imageDigest
  currentBuild.description = 'promoting ' + blessed.appVersion + ' (' + blessed.channel + ', ' + args.fromEnvironment +
    ' revision ' + blessed.revision + ')'
}
