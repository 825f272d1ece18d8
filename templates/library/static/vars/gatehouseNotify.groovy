import dev.gatehouse.Slack

// Tells Slack that a build failed or is fixed (pipeline `post`): module, version, commit, link.
def call(Map args) {
  Slack slack = new Slack(this)
  if (args.status == 'fixed') {
    slack.send('good', ':white_check_mark: Fixed: ' + slack.facts(null) + '.')
  } else {
    slack.alert('danger', ':x: Failed: ' + slack.facts(null) + '.')
  }
}
