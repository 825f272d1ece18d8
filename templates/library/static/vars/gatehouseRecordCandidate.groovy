import dev.gatehouse.Slack
import dev.gatehouse.TrainCli

// Train mode: records the blessed build gatehouseResolveBlessed found as the module's release
// candidate, for the next release train, instead of deploying it. The candidate is the evidence
// gatehouseBless kept for that revision (ConfigMap gatehouse-blessing-<release>-v<revision>:
// gate metrics, image digest, commit, release PR), checked by the gatehouse CLI (the candidates
// contract the train reads), and stored in the ConfigMap gatehouse-candidate-<module> next to the
// blessing (annotated with this build and master commit): it outlives Jenkins restarts and deleted
// builds, and the train reads it with the pre-prod credentials, so a master build needs none for
// production.
def call(Map args) {
  withEnv(['GATEHOUSE_RELEASE=' + args.release, 'GATEHOUSE_NAMESPACE=' + args.namespace]) {
    withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
      container('helm') {
        sh(label: 'Read the blessing', script: '''
          set +x -eu
          mkdir -p .gatehouse
          name="gatehouse-blessing-$GATEHOUSE_RELEASE-v$GATEHOUSE_BLESSED_REVISION"
          if ! blessing=$(kubectl get configmap "$name" --namespace "$GATEHOUSE_NAMESPACE" -o json); then
            echo "gatehouse: revision $GATEHOUSE_BLESSED_REVISION of $GATEHOUSE_RELEASE has no blessing evidence ($name); re-run the release PR build so it is blessed again" >&2
            exit 1
          fi
          printf '%s' "$blessing" | jq --arg module "$GATEHOUSE_MODULE" '
            .data["blessing.json"] | fromjson
            | {candidates: [{module: $module, chartVersion, commit, imageDigest, blessed: true, gate, releaseNotes}], production: []}' \
            > .gatehouse/candidate.json
          recorded=$(jq -r '.candidates[0].chartVersion' .gatehouse/candidate.json)
          if [ "$recorded" != "$GATEHOUSE_CHART_VERSION" ]; then
            echo "gatehouse: the blessing evidence of revision $GATEHOUSE_BLESSED_REVISION is for $recorded, not $GATEHOUSE_CHART_VERSION" >&2
            exit 1
          fi
        ''')
      }
    }
  }
  // The CLI checks the candidate as the train will (schema, chart version, commit), so a candidate
  // the train could not read is refused here, in its own module's build.
  Map plan = new TrainCli(this).json('Check the candidate', [],
    'gatehouse plan --train "$GATEHOUSE_MODULE" --candidates .gatehouse/candidate.json --format json')
  withEnv(['GATEHOUSE_RELEASE=' + args.release, 'GATEHOUSE_NAMESPACE=' + args.namespace]) {
    withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
      container('helm') {
        sh(label: 'Record the release candidate', script: '''
          set +x -eu
          jq --arg module "$GATEHOUSE_MODULE" --arg build "${BUILD_URL:-}" --arg revision "$GATEHOUSE_BLESSED_REVISION" \
            --arg master "$GATEHOUSE_COMMIT" '{
              apiVersion: "v1", kind: "ConfigMap",
              metadata: {
                name: ("gatehouse-candidate-" + $module),
                labels: {"app.kubernetes.io/managed-by": "gatehouse", "gatehouse.dev/candidate": "true", "gatehouse.dev/module": $module},
                annotations: {"gatehouse.dev/recorded-by": $build, "gatehouse.dev/blessed-revision": $revision,
                  "gatehouse.dev/master-commit": $master}
              },
              data: {"candidate.json": (.candidates[0] | tojson)}
            }' .gatehouse/candidate.json \\
            | kubectl apply --server-side --field-manager gatehouse --force-conflicts --namespace "$GATEHOUSE_NAMESPACE" -f -
        ''')
      }
    }
  }
  currentBuild.description = 'release candidate ' + env.GATEHOUSE_APP_VERSION + ' (' + env.GATEHOUSE_CHANNEL + ')'
  Slack slack = new Slack(this)
  slack.send('good', ':ticket: Release candidate ' + slack.facts(null) + ' recorded: the next release train (go/no-go ' +
    Slack.escape(plan.schedule.goNoGo.time + ' ' + plan.schedule.timeZone) + ') votes on it.')
}
