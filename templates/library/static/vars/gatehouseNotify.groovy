import dev.gatehouse.Slack

// Tells Slack how the build ended (pipeline `post`): module, version, commit, link, and for an
// aborted or unstable build why (recorded by gatehouseApprovals and dev.gatehouse.Unstable). A
// fixed build is routine news; a failed, aborted or unstable one is an alert (see dev.gatehouse.Slack).
def call(Map args) {
  Slack slack = new Slack(this)
  switch (args.status) {
    case 'fixed':
      slack.send('good', ':white_check_mark: Fixed: ' + slack.facts(null) + '.')
      break
    case 'aborted':
      slack.alert('warning', ':octagonal_sign: Aborted: ' + slack.facts(null) + ': ' +
        Slack.escape(env.GATEHOUSE_STOPPED ?: 'stopped by a user, a newer build or a timeout') + '.')
      break
    case 'unstable':
      slack.alert('warning', ':warning: Unstable: ' + slack.facts(null) + ': ' +
        Slack.escape(env.GATEHOUSE_UNSTABLE ?: 'test failures; see the test results') + '.')
      break
    default:
      slack.alert('danger', ':x: Failed: ' + slack.facts(null) + '.')
  }
}
