import dev.gatehouse.Slack
import dev.gatehouse.TrainCli

// A train that failed after its first deploy started: `gatehouse release rollback-plan` for the
// modules that started (train.started) gives the steps in reverse wave order, each back to the
// revision the manifest recorded (or an uninstall for a first install); the modules of a step in
// parallel, each step reported in Slack. A rollback that fails stops there and says, once, that
// a human is needed: what is left is then the on-call's, not a script's.
def call(Map train) {
  Slack slack = new Slack(this)
  if (train.started.isEmpty()) {
    slack.alert('danger', ':x: Train ' + Slack.escape(train.trainId) + ' failed before any deploy started; production is unchanged.')
    return
  }
  TrainCli cli = new TrainCli(this, true)
  Map plan = cli.json('Rollback plan', ['GATEHOUSE_STARTED=' + train.started.join(',')],
    'gatehouse release rollback-plan .gatehouse/train/decided.json --deployed "$GATEHOUSE_STARTED" --format json')
  slack.alert('danger', ':rewind: Train ' + Slack.escape(train.trainId) + ' failed; rolling back ' + Slack.escape(train.started.join(', ')) + ' in reverse wave order.')
  String failed = null
  for (Object s : plan.steps) {
    Map step = (Map) s
    Map branches = [:]
    List<String> broken = []
    for (Object m : step.modules) {
      Map module = (Map) m
      branches[module.name] = { if (!undo(train.deployPlan, module)) { broken << module.name } }
    }
    parallel(branches)
    if (broken) {
      failed = 'step ' + step.step + ' (wave ' + step.wave + '): ' + broken.join(', ')
      break
    }
    slack.send('warning', ':leftwards_arrow_with_hook: Rollback step ' + step.step + ' (wave ' + step.wave + ') done: ' +
      Slack.escape(step.modules.collect { it.name + ' ' + it.action }.join('; ')))
  }
  if (failed != null) {
    slack.alert('danger', ':sos: Train ' + Slack.escape(train.trainId) + ': the rollback failed at ' + Slack.escape(failed) +
      '. *Needs a human*: production is partly rolled back; see <' + Slack.escape(env.BUILD_URL ?: '') + '|the build>.')
    error('gatehouse: rollback of train ' + train.trainId + ' failed at ' + failed + '; needs a human')
  }
  slack.alert('warning', ':leftwards_arrow_with_hook: Train ' + Slack.escape(train.trainId) + ' rolled back: production runs what it ran before.')
}

/** One module back to its recorded revision, or uninstalled when the train installed it first; false when helm fails. */
private boolean undo(Map deployPlan, Map module) {
  int status = 0
  withEnv(['GATEHOUSE_RELEASE=' + module.helmRelease, 'GATEHOUSE_NAMESPACE=' + deployPlan.namespace,
      'GATEHOUSE_TO_REVISION=' + (module.toRevision == null ? '' : module.toRevision)]) {
    withCredentials([file(credentialsId: deployPlan.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
      container('helm') {
        status = sh(label: 'Roll back ' + module.name, returnStatus: true, script: '''
          set +x -eu
          if [ -z "$GATEHOUSE_TO_REVISION" ]; then
            helm uninstall "$GATEHOUSE_RELEASE" --namespace "$GATEHOUSE_NAMESPACE" --wait
          else
            helm rollback "$GATEHOUSE_RELEASE" "$GATEHOUSE_TO_REVISION" --namespace "$GATEHOUSE_NAMESPACE" --wait
          fi
        ''')
      }
    }
  }
  return status == 0
}
