// After a successful production deploy: tags the commit production now runs as
// <module>-v<version> (annotated) and publishes its GitHub release with the notes, with
// `gatehouse release tag` in the 'node' container. The token comes from
// gatehouseProject().githubCredentialsId through withCredentials (a GitHub App credential, or
// username + token) and reaches the CLI only as GITHUB_TOKEN; the script never echoes (set +x).
// A tag that cannot be made leaves the build UNSTABLE: production already runs the release, so
// nothing is rolled back; re-running `gatehouse release tag` later is safe.
def call(Map args = [:]) {
  Map project = gatehouseProject()
  String module = args.module ?: env.GATEHOUSE_MODULE
  String sha = args.sha ?: env.GATEHOUSE_COMMIT
  String releaseId = args.releaseId ?: (env.GATEHOUSE_RELEASE_ID ?: '')
  int status = 0
  withEnv(['GATEHOUSE_TAG_MODULE=' + module, 'GATEHOUSE_TAG_SHA=' + sha, 'GATEHOUSE_TAG_RELEASE_ID=' + releaseId]) {
    withCredentials([usernamePassword(credentialsId: project.githubCredentialsId,
        usernameVariable: 'GATEHOUSE_GITHUB_USER', passwordVariable: 'GITHUB_TOKEN')]) {
      container('node') {
        status = sh(returnStatus: true, script: '''
          set +x -eu
          set -- --module "$GATEHOUSE_TAG_MODULE" --sha "$GATEHOUSE_TAG_SHA"
          if [ -n "$GATEHOUSE_TAG_RELEASE_ID" ]; then set -- "$@" --release-id "$GATEHOUSE_TAG_RELEASE_ID"; fi
          gatehouse release tag "$@"
        ''')
      }
    }
  }
  if (status != 0) {
    unstable('gatehouse: release tag of ' + module + ' failed (exit ' + status + '); production runs the release, tag it with `gatehouse release tag` once the cause is fixed')
  }
}
