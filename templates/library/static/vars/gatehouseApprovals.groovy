import dev.gatehouse.Interruptions
import dev.gatehouse.Slack
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException

// Asks each approver role in turn: one `input` per role, so each approval is its own recorded
// decision (submitterParameter returns who approved). Before each input Slack is told who may
// approve what, with a link to the input; a rejection or the approval timeout is recorded in
// GATEHOUSE_STOPPED for the `aborted` notice. Call it from an agent-less stage: the build holds
// no pod while it waits.
def call(Map args) {
  Slack slack = new Slack(this)
  List<String> record = []
  List approvals = args.approvals
  for (int i = 0; i < approvals.size(); i++) {
    Map approval = approvals[i]
    slack.alert('warning', ':raised_hand: Approval ' + (i + 1) + ' of ' + approvals.size() + ' to release ' +
      slack.facts(args.environment) + ' waits for *' + Slack.escape(approval.role) + '*: ' +
      Slack.escape(approval.submitter) + '. <' + Slack.escape((env.BUILD_URL ?: '') + 'input/') + '|Approve or reject>')
    String approver = null
    try {
      approver = input(
        id: 'GatehouseApproval' + i,
        message: 'Release ' + env.GATEHOUSE_MODULE + ' ' + (env.GATEHOUSE_APP_VERSION ?: '') + ' to ' +
          args.environment + '? Approve as ' + approval.role + ': ' + approval.description,
        ok: 'Approve as ' + approval.role,
        submitter: approval.submitter,
        submitterParameter: 'approver')
    } catch (FlowInterruptedException interruption) {
      env.GATEHOUSE_STOPPED = 'the ' + approval.role + ' approval was not given (' + Interruptions.describe(interruption) + ')'
      throw interruption
    }
    record << (approval.role + ' approved by ' + approver)
    echo('gatehouse: ' + approval.role + ' approved by ' + approver)
  }
  currentBuild.description = (currentBuild.description ? currentBuild.description + '; ' : '') + record.join(', ')
}
