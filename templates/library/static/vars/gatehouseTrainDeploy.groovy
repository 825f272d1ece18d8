import dev.gatehouse.ChartRegistry
import dev.gatehouse.Slack

// Production, under the lock the Jenkinsfile's stage holds: the waves of the deploy plan one after
// the other, the modules of a wave in parallel, each exactly the chart version of the manifest
// (pulled once from the chart registry, never rebuilt, installed with its own values file) and
// its image pinned to the digest the manifest recorded (the tag is the chart version, but a tag
// can be pushed again; the digest is the build that was voted on), then its smoke tests. Every
// module whose deploy started is added to train.started before helm runs, so a rollback knows it.
def call(Map train, String lockResource) {
  Map plan = train.deployPlan
  if (plan.lockResource != lockResource) {
    error('gatehouse: the deploy plan locks ' + plan.lockResource + ' but this stage holds ' + lockResource + '; regenerate the release pipeline')
  }
  checkout(scm)
  unstash('gatehouse-train')
  Slack slack = new Slack(this)
  ChartRegistry registry = new ChartRegistry(this)
  registry.login()
  try {
    for (Object entry : plan.waves) {
      Map wave = (Map) entry
      slack.send('#439FE0', ':ship: Train ' + Slack.escape(train.trainId) + ', wave ' + wave.wave + ': ' +
        Slack.escape(wave.modules.collect { it.name }.join(', ')))
      Map branches = [:]
      for (Object m : wave.modules) {
        Map module = (Map) m
        branches[module.name] = { deployModule(train, plan, module) }
      }
      parallel(branches)
    }
  } finally {
    registry.logout()
  }
}

private void deployModule(Map train, Map plan, Map module) {
  train.started << module.name
  String dir = '.gatehouse/train/charts/' + module.name
  String chartName = String.valueOf(module.chartReference).tokenize('/').last()
  boolean pinnable = false
  withEnv(['GATEHOUSE_CHART_REF=' + module.chartReference, 'GATEHOUSE_CHART_VERSION=' + module.chartVersion, 'GATEHOUSE_CHART_DIR=' + dir,
    'GATEHOUSE_CHART_SCHEMA=' + dir + '/' + chartName + '/values.schema.json']) {
    container('helm') {
      sh(label: 'Pull the chart of ' + module.name, script: '''
        set -eu
        rm -rf "$GATEHOUSE_CHART_DIR"
        mkdir -p "$GATEHOUSE_CHART_DIR"
        helm pull "$GATEHOUSE_CHART_REF" --version "$GATEHOUSE_CHART_VERSION" --untar --untardir "$GATEHOUSE_CHART_DIR"
      ''')
      // A chart built before gatehouse pinned digests has no image.digest in its values schema,
      // which rejects unknown keys: it is deployed by its tag, as it was built to be.
      pinnable = sh(label: 'Does the chart of ' + module.name + ' take an image digest', returnStatus: true,
        script: 'jq -e \'.properties.image.properties.digest\' "$GATEHOUSE_CHART_SCHEMA" >/dev/null') == 0
    }
  }
  Slack slack = new Slack(this)
  if (!pinnable) {
    slack.send('warning', ':warning: ' + Slack.escape(module.name) + ' ' + Slack.escape(module.chartVersion) +
      ' was built before gatehouse pinned image digests: deployed by its tag, not by digest ' + Slack.escape(module.imageDigest))
  }
  // The chart just pulled, not the repository again: values and templates from the one package.
  helmDeploy(release: module.helmRelease, chartPath: dir + '/' + chartName,
    namespace: plan.namespace, valuesFiles: [dir + '/' + chartName + '/' + module.valuesFile],
    kubeconfigCredentialsId: plan.kubeconfigCredentialsId, timeoutMinutes: module.timeoutMinutes, historyMax: module.historyMax,
    imageDigest: pinnable ? module.imageDigest : '')
  if (module.smokeTests == null) {
    slack.send('#439FE0', ':grey_question: ' + Slack.escape(module.name) + ' deployed; no smoke tests: ' + Slack.escape(module.smokeTestsSkipped))
    return
  }
  int status = 0
  withEnv(['GATEHOUSE_RELEASE=' + module.helmRelease, 'HELM_NAMESPACE=' + plan.namespace]) {
    withCredentials([file(credentialsId: plan.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
      container('helm') {
        status = sh(label: 'Smoke tests of ' + module.name, returnStatus: true, script: 'set +x\n' + module.smokeTests + ' "$GATEHOUSE_RELEASE"')
      }
    }
  }
  if (status != 0) {
    error('gatehouse: smoke tests of ' + module.name + ' failed (exit ' + status + ')')
  }
  slack.send('good', ':white_check_mark: ' + Slack.escape(module.name) + ' ' + Slack.escape(module.chartVersion) + ' deployed, smoke tests passed.')
}
