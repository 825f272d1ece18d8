import dev.gatehouse.Gate
import dev.gatehouse.Versions

// Classifies the build (stable, beta, alpha or rejected) with `gatehouse gate`, records the
// channel, fails the build below alpha, then asks `gatehouse version` for the versions this
// channel gets. Keeps the gate's inputs (stash 'gatehouse-gate-inputs') for the re-run that
// blesses a release PR build after its integration tests.
def call(Map args) {
  List<String> junit = (args.junit ?: []) as List
  Map verdict = new Gate(this).evaluate(junit: junit, coverage: args.coverage, require: 'alpha')
  env.GATEHOUSE_CHANNEL = verdict.channel
  currentBuild.description = 'channel: ' + verdict.channel
  echo(verdict.summary)
  List<String> inputs = junit + ['.gatehouse/trivy.json'] + (args.coverage ? [args.coverage] : [])
  stash(name: 'gatehouse-gate-inputs', includes: inputs.join(','), allowEmpty: true)
  if (!verdict.passed) {
    error('quality gate: ' + env.GATEHOUSE_MODULE + ' is ' + verdict.channel + ', below the alpha channel')
  }
  new Versions(this).record(verdict.channel)
  echo('gatehouse: ' + env.GATEHOUSE_MODULE + ' ' + env.GATEHOUSE_APP_VERSION + ' (' + verdict.channel + ')')
}
