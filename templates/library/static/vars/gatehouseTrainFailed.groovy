import dev.gatehouse.Slack

// The release train's pipeline post on failure: a train that failed before production (the CLI
// refused a candidate, a manifest or the votes; a pod did not start) says so in Slack once.
// After a go, gatehouseTrainRollback has already told Slack what happened to production.
def call(Map train) {
  if (train.go) {
    return
  }
  new Slack(this).alert('danger', ':x: The release train failed before production (' + Slack.escape(currentBuild.currentResult) +
    '); production is unchanged. <' + Slack.escape(env.BUILD_URL ?: '') + 'console|Console>')
}
