import dev.gatehouse.Slack
import dev.gatehouse.TrainCli
import groovy.json.JsonOutput

// After the vote, in the release pod: writes the votes, lets `gatehouse release decide` apply the
// rules (a NOGO drops the module and its dependents, a cancelling role or a missing quorum cancels
// the train), archives the decided manifest, posts the decision to Slack and, for a go, reads the
// deploy plan. Returns [go: true, trainId, deployPlan, modules] or [go: false, ending: outcome].
def call(Map train, List votes) {
  checkout(scm)
  unstash('gatehouse-train')
  TrainCli cli = new TrainCli(this, true)
  writeFile(file: '.gatehouse/train/votes.json', text: JsonOutput.toJson([votes: votes]))
  cli.text('Decide', [], 'gatehouse release decide .gatehouse/train/manifest.json --votes .gatehouse/train/votes.json ' +
    '--out .gatehouse/train/decided.json --format text')
  archiveArtifacts(artifacts: '.gatehouse/train/votes.json, .gatehouse/train/decided.json', fingerprint: true)
  Map decided = cli.json('Read the decision', [], 'gatehouse release show .gatehouse/train/decided.json --format json')
  String outcome = decided.decision.outcome
  String message = cli.text('Decision message', [], 'gatehouse release show .gatehouse/train/decided.json --format slack')
  new Slack(this).alert(outcome == 'go' ? 'good' : 'warning', message)
  currentBuild.description = 'train ' + train.trainId + ': ' + outcome
  if (outcome != 'go') {
    return [go: false, ending: outcome]
  }
  Map plan = cli.json('Deploy plan', [], 'gatehouse release deploy-plan .gatehouse/train/decided.json --format json')
  stash(name: 'gatehouse-train', includes: '.gatehouse/train/decided.json')
  List modules = decided.modules.collect { [name: it.name, commit: it.commit, releaseId: it.releaseId] }
  return [go: true, trainId: train.trainId, deployPlan: plan, modules: modules, started: []]
}
