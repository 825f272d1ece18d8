import dev.gatehouse.Interruptions
import dev.gatehouse.Slack

// The go/no-go vote of the release train, agent-less (no pod waits for people): one `input` per
// ballot of `gatehouse release voters`, all open at once (parallel branches) inside one timeout
// that ends at the release time. Each answer goes to Slack with who and why. A ballot nobody
// answered by then is left out of the votes (the CLI's decide treats it as the rules say); a
// ballot's Abort button counts as a NOGO by whoever pressed it. Returns the votes as
// `gatehouse release decide --votes` reads them.
def call(Map voters) {
  Slack slack = new Slack(this)
  Map votes = [:]
  Map branches = [:]
  for (Object entry : voters.ballots) {
    Map ballot = (Map) entry
    branches[ballot.id] = { votes[ballot.id] = ask(slack, voters.trainId, ballot) }
  }
  long seconds = Math.max(1L, ((Number) voters.secondsToClose).longValue())
  long closesAt = System.currentTimeMillis() + seconds * 1000L
  try {
    timeout(time: seconds, unit: 'SECONDS') {
      parallel(branches)
    }
    // Every ballot answered early: the train still deploys at the release time, not before.
    long early = (closesAt - System.currentTimeMillis()).intdiv(1000L)
    if (early > 0) {
      slack.send('#439FE0', ':clock4: Every vote on train ' + Slack.escape(voters.trainId) + ' is in; the decision comes when the vote closes.')
      sleep(time: early, unit: 'SECONDS')
    }
  } catch (org.jenkinsci.plugins.workflow.steps.FlowInterruptedException closed) {
    if (!Interruptions.timedOut(closed)) {
      throw closed
    }
    slack.send('#439FE0', ':hourglass: The vote on train ' + Slack.escape(voters.trainId) + ' is closed; unanswered: ' +
      Slack.escape(voters.ballots.findAll { !votes.containsKey(it.id) }.collect { it.id }.join(', ') ?: 'none'))
  }
  return voters.ballots.findAll { votes.containsKey(it.id) }.collect { votes[it.id] }
}

private Map ask(Slack slack, String trainId, Map ballot) {
  // Parameter definitions by class (the input step takes any ParameterDefinition).
  List parameters = [
    [$class: 'ChoiceParameterDefinition', name: 'VOTE', choices: ['GO', 'NOGO'], description: 'GO releases; ' + ballot.description],
    [$class: 'StringParameterDefinition', name: 'REASON', defaultValue: '', trim: true, description: 'Why (required with NOGO); shown in Slack'],
  ]
  if (ballot.namesModules) {
    parameters.add([$class: 'StringParameterDefinition', name: 'MODULES', defaultValue: '', trim: true,
      description: 'With NOGO: the modules it drops (commas), empty for all'])
  }
  Map answer
  try {
    answer = (Map) input(id: ballot.id, message: 'Train ' + trainId + ': ' + ballot.role + ' vote' + (ballot.module ? ' for ' + ballot.module : ''),
      ok: 'Vote', submitter: ballot.submitters.join(','), submitterParameter: 'VOTER', parameters: parameters)
  } catch (org.jenkinsci.plugins.workflow.steps.FlowInterruptedException aborted) {
    String by = Interruptions.abortedBy(aborted)
    if (by == null) {
      throw aborted
    }
    answer = [VOTE: 'NOGO', REASON: 'aborted the vote in Jenkins', VOTER: by]
  }
  Map vote = [ballot: ballot.id, vote: answer.VOTE, by: answer.VOTER, reason: answer.REASON ?: '']
  String modules = String.valueOf(answer.MODULES ?: '').trim()
  if (answer.VOTE == 'NOGO' && modules) {
    vote.modules = modules.split('[,\\s]+').findAll { it }
  }
  slack.send(answer.VOTE == 'GO' ? 'good' : 'danger', (answer.VOTE == 'GO' ? ':white_check_mark: ' : ':no_entry: ') +
    Slack.escape(answer.VOTER) + ' votes *' + answer.VOTE + '* on ' + Slack.escape(ballot.id) + ' (train ' + Slack.escape(trainId) + ')' +
    (vote.reason ? ': ' + Slack.escape(vote.reason) : '') + (vote.modules ? ' [' + Slack.escape(vote.modules.join(', ')) + ']' : ''))
  return vote
}
