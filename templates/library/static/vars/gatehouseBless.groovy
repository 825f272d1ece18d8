import dev.gatehouse.Gate
import dev.gatehouse.Slack
import dev.gatehouse.Unstable

// Blesses the release PR build: re-runs the quality gate with everything it now knows (unit
// reports and scan kept by gatehouseQualityGate, integration reports if any) and, only when the
// channel is stable and the deployed revision is still this build's, labels the helm release
// storage secret gatehouse.dev/blessed=true and records the evidence of the blessing (gate metrics,
// image digest, commit) in the ConfigMap gatehouse-blessing-<release>-v<revision>. Master
// promotes only blessed builds; in train mode it records that evidence as the release candidate.
def call(Map args) {
  unstash('gatehouse-gate-inputs')
  Map verdict = new Gate(this).evaluate(junit: args.junit, coverage: args.coverage,
    integration: args.integration ?: [], require: 'stable')
  env.GATEHOUSE_CHANNEL = verdict.channel
  echo(verdict.summary)
  if (!verdict.passed) {
    currentBuild.description = 'channel: ' + verdict.channel + '; not blessed'
    new Unstable(this).mark(args.release + ' is ' + verdict.channel + ', not stable: not blessed, master cannot promote it')
    return
  }
  withEnv(['GATEHOUSE_RELEASE=' + args.release, 'GATEHOUSE_NAMESPACE=' + args.namespace]) {
    withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
      container('helm') {
        // `helm status -o json` leaves the chart out, so the chart the current revision runs is read
        // from helm's storage secret, the record gatehouseResolveBlessed reads. Helm 3.13+ copies a
        // release's labels to its later revisions: blessed-revision says which revision was blessed.
        // Older helm drops them when the revision is superseded, so the blessing would not last.
        sh '''
          set +x -eu
          helm_version=$(helm version --template '{{.Version}}')
          case "$helm_version" in
            v3.[0-9].*|v3.1[0-2].*)
              echo "gatehouse: blessing needs helm 3.13 or later (older helm drops the label on the next deploy); the helm container has $helm_version" >&2
              exit 1 ;;
          esac
          revision=$(helm status "$GATEHOUSE_RELEASE" --namespace "$GATEHOUSE_NAMESPACE" -o json | jq -r '.version')
          secret="sh.helm.release.v1.$GATEHOUSE_RELEASE.v$revision"
          chart=$(kubectl get secret "$secret" --namespace "$GATEHOUSE_NAMESPACE" -o jsonpath='{.data.release}' \
            | base64 -d | base64 -d | gzip -dc \
            | jq -c '{version: .chart.metadata.version, tree: (.chart.metadata.annotations["gatehouse.dev/tree"] // "")}')
          chart_version=$(printf '%s' "$chart" | jq -r '.version')
          tree=$(printf '%s' "$chart" | jq -r '.tree')
          if [ "$chart_version" != "$GATEHOUSE_CHART_VERSION" ] || [ "$tree" != "$GATEHOUSE_TREE" ]; then
            echo "gatehouse: revision $revision runs chart $chart_version (tree $tree), not this build's; not blessing" >&2
            exit 1
          fi
          kubectl label --overwrite secret "$secret" --namespace "$GATEHOUSE_NAMESPACE" \
            gatehouse.dev/blessed=true "gatehouse.dev/blessed-revision=$revision"
          # The evidence a release candidate needs (gate metrics with the integration results, the
          # pushed image's digest, the PR head commit, the release PR) in a ConfigMap of its own:
          # helm rewrites the storage secret when it supersedes the revision and keeps only its
          # labels (pkg/storage/driver/secrets.go), so annotations there would not last. Owned by
          # the secret, it goes when helm prunes the revision (--history-max).
          uid=$(kubectl get secret "$secret" --namespace "$GATEHOUSE_NAMESPACE" -o jsonpath='{.metadata.uid}')
          jq -n --arg release "$GATEHOUSE_RELEASE" --argjson revision "$revision" --arg secret "$secret" --arg uid "$uid" \
            --arg chartVersion "$GATEHOUSE_CHART_VERSION" --arg commit "$GATEHOUSE_SHA" --arg imageDigest "$GATEHOUSE_IMAGE_DIGEST" \
            --arg releaseNotes "${CHANGE_URL:-}" --slurpfile verdict .gatehouse/gate.json '{
              apiVersion: "v1", kind: "ConfigMap",
              metadata: {
                name: ("gatehouse-blessing-" + $release + "-v" + ($revision | tostring)),
                labels: {"app.kubernetes.io/managed-by": "gatehouse", "gatehouse.dev/blessing": "true",
                  "gatehouse.dev/release": $release, "gatehouse.dev/revision": ($revision | tostring)},
                ownerReferences: [{apiVersion: "v1", kind: "Secret", name: $secret, uid: $uid}]
              },
              data: {"blessing.json": ({revision: $revision, chartVersion: $chartVersion, commit: $commit,
                imageDigest: $imageDigest, gate: $verdict[0].metrics,
                releaseNotes: (if $releaseNotes == "" then null else $releaseNotes end)} | tojson)}
            }' | kubectl apply --server-side --field-manager gatehouse --force-conflicts --namespace "$GATEHOUSE_NAMESPACE" -f -
        '''
      }
    }
  }
  currentBuild.description = 'channel: stable; blessed'
  Slack slack = new Slack(this)
  slack.send('good', ':star: Blessed ' + slack.facts(null) + ': ready to promote after approvals.')
}
