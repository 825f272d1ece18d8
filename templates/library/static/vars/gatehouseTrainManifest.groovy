import dev.gatehouse.Slack
import dev.gatehouse.TrainCli

// The release train's first stage (generated/release/Jenkinsfile), in the release pod: is today a
// release day (a scheduled run) or are the hotfix modules known (a manual run); then the candidates
// (the ConfigMaps gatehouseRecordCandidate wrote in the candidates' namespace) and what production
// runs (helm list), the manifest (`gatehouse release manifest`, archived), the go/no-go message in
// Slack and the ballots. Every decision is the CLI's (docs/release-train.md, "Contract for the
// release pipeline"); this step only moves files and reads the answers. Returns the train's state
// for the later stages: [vote: true, trainId, voters] or [vote: false, ending: why].
def call(Map args) {
  checkout(scm)
  TrainCli cli = new TrainCli(this, true)
  Slack slack = new Slack(this)
  // The job's parameters: empty on a scheduled run, set by whoever starts a hotfix train.
  String hotfix = String.valueOf(params.HOTFIX_MODULES ?: '').trim()
  String reason = String.valueOf(params.HOTFIX_REASON ?: '').trim()
  Map day = cli.json('Release day', [], 'gatehouse release day --format json')
  if (hotfix) {
    if (!reason) {
      error('gatehouse: a hotfix train needs HOTFIX_REASON: the manifest and Slack say why it runs out of schedule')
    }
    cli.json('Check the hotfix modules', ['GATEHOUSE_HOTFIX_MODULES=' + hotfix], 'gatehouse plan --train "$GATEHOUSE_HOTFIX_MODULES" --format json')
  } else if (!day.releaseDay) {
    slack.send('#439FE0', ':calendar: No release train today (' + Slack.escape(day.date) + '): ' + Slack.escape(day.reason))
    return [vote: false, ending: 'no release day: ' + day.reason]
  }
  // Unique per build: a re-run on the same day is another train with its own manifest.
  String trainId = args.project + '-' + day.date + (hotfix ? '-hotfix' : '') + '-' + env.BUILD_NUMBER
  List<String> trainEnv = ['GATEHOUSE_TRAIN_ID=' + trainId, 'GATEHOUSE_HOTFIX_MODULES=' + hotfix, 'GATEHOUSE_HOTFIX_REASON=' + reason]
  collectCandidates(cli, args)
  cli.text('Release manifest', trainEnv, 'set -- --candidates .gatehouse/train/candidates.json --train-id "$GATEHOUSE_TRAIN_ID"\n' +
    'if [ -n "$GATEHOUSE_HOTFIX_MODULES" ]; then set -- "$@" --hotfix "$GATEHOUSE_HOTFIX_MODULES" --reason "$GATEHOUSE_HOTFIX_REASON"; fi\n' +
    'gatehouse release manifest "$@" --build-url "${BUILD_URL:-}" --out .gatehouse/train/manifest.json --format text')
  archiveArtifacts(artifacts: '.gatehouse/train/manifest.json, .gatehouse/train/candidates.json', fingerprint: true)
  Map manifest = cli.json('Read the manifest', [], 'gatehouse release show .gatehouse/train/manifest.json --format json')
  slack.alert('#439FE0', cli.text('Go-no-go message', [], 'gatehouse release show .gatehouse/train/manifest.json --format slack'))
  if (manifest.modules.isEmpty()) {
    return [vote: false, ending: 'nothing to release']
  }
  Map voters = cli.json('Ballots', [], 'gatehouse release voters .gatehouse/train/manifest.json --format json')
  stash(name: 'gatehouse-train', includes: '.gatehouse/train/manifest.json')
  return [vote: true, trainId: trainId, voters: voters]
}

// Candidates from the ConfigMaps in the candidates' namespace; production from `helm list
// --deployed` (its revision is the rollback target), both narrowed to the modules modules.yaml knows.
private void collectCandidates(TrainCli cli, Map args) {
  Map all = cli.json('Modules', [], 'gatehouse plan --train --format json')
  List<String> env = ['GATEHOUSE_TRAIN_MODULES=' + all.waves.flatten().join(' '),
    'GATEHOUSE_CANDIDATES_NAMESPACE=' + args.candidatesNamespace, 'GATEHOUSE_PRODUCTION_NAMESPACE=' + args.productionNamespace]
  withEnv(env) {
    container('helm') {
      withCredentials([file(credentialsId: args.candidatesKubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
        sh(label: 'Read the release candidates', script: '''
          set +x -eu
          mkdir -p .gatehouse/train
          kubectl get configmaps --namespace "$GATEHOUSE_CANDIDATES_NAMESPACE" --selector gatehouse.dev/candidate=true -o json \\
            | jq --arg modules "$GATEHOUSE_TRAIN_MODULES" '($modules | split(" ")) as $known
              | [.items[].data["candidate.json"] | fromjson | select(.module as $m | $known | index($m))]' > .gatehouse/train/recorded.json
        ''')
      }
      withCredentials([file(credentialsId: args.productionKubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
        sh(label: 'Read what production runs', script: '''
          set +x -eu
          helm list --namespace "$GATEHOUSE_PRODUCTION_NAMESPACE" --deployed --max 0 -o json \\
            | jq --arg modules "$GATEHOUSE_TRAIN_MODULES" --slurpfile recorded .gatehouse/train/recorded.json '($modules | split(" ")) as $known
              | {candidates: $recorded[0], production: [.[] | select(.name as $m | $known | index($m))
                | {module: .name, revision: (.revision | tonumber), chartVersion: (.chart | ltrimstr(.name + "-")),
                   appVersion: (if (.app_version // "") == "" then null else .app_version end)}]}' > .gatehouse/train/candidates.json
        ''')
      }
    }
  }
}
