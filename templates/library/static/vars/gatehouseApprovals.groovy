// Asks each approver role in turn: one `input` per role, so each approval is its own recorded
// decision (submitterParameter returns who approved). Call it from an agent-less stage: the
// build holds no pod while it waits.
def call(Map args) {
  List<String> record = []
  List approvals = args.approvals
  for (int i = 0; i < approvals.size(); i++) {
    Map approval = approvals[i]
    String approver = input(
      id: 'GatehouseApproval' + i,
      message: 'Release ' + env.GATEHOUSE_MODULE + ' ' + (env.GATEHOUSE_APP_VERSION ?: '') + ' to ' +
        args.environment + '? Approve as ' + approval.role + ': ' + approval.description,
      ok: 'Approve as ' + approval.role,
      submitter: approval.submitter,
      submitterParameter: 'approver')
    record << (approval.role + ' approved by ' + approver)
    echo('gatehouse: ' + approval.role + ' approved by ' + approver)
  }
  currentBuild.description = (currentBuild.description ? currentBuild.description + '; ' : '') + record.join(', ')
}
