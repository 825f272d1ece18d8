import dev.gatehouse.Slack

// After the last wave: the train-level load test (its own container 'tests', the image
// release.loadTest.image), whose report is archived and linked in Slack, then the release tag of
// every released module (gatehouseReleaseTag: a failed tag leaves the build UNSTABLE and rolls
// nothing back) and the summary.
def call(Map train) {
  Map loadTest = train.deployPlan.loadTest
  Slack slack = new Slack(this)
  if (loadTest != null) {
    int status = 0
    timeout(time: loadTest.timeoutMinutes, unit: 'MINUTES') {
      container('tests') {
        status = sh(label: 'Load test', returnStatus: true, script: loadTest.command)
      }
    }
    archiveArtifacts(artifacts: loadTest.report, allowEmptyArchive: true)
    String report = '<' + Slack.escape((env.BUILD_URL ?: '') + 'artifact/' + loadTest.report) + '|load test report>'
    if (status != 0) {
      slack.alert('danger', ':x: Train ' + Slack.escape(train.trainId) + ': the load test failed (exit ' + status + '), ' + report + '. Rolling back.')
      error('gatehouse: the load test failed (exit ' + status + ')')
    }
    slack.send('good', ':chart_with_upwards_trend: Train ' + Slack.escape(train.trainId) + ': the load test passed, ' + report + '.')
  }
  for (Object m : train.modules) {
    Map module = (Map) m
    gatehouseReleaseTag(module: module.name, sha: module.commit, releaseId: module.releaseId)
  }
  slack.alert('good', ':tada: Train ' + Slack.escape(train.trainId) + ' released to production: ' +
    Slack.escape(train.modules.collect { it.name }.join(', ')) + '.')
}
