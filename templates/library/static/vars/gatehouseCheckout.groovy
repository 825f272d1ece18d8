// Checks out the revision this build is for and records what later steps key on:
// GATEHOUSE_COMMIT (HEAD), GATEHOUSE_TREE (`git rev-parse HEAD^{tree}`, what promotion matches on)
// and GATEHOUSE_SHA (the commit versions carry: the PR head for PR builds, since a PR-merge HEAD
// is a local merge commit that does not exist on GitHub).
def call(Map args = [:]) {
  checkout scm
  env.GATEHOUSE_COMMIT = sh(returnStdout: true, script: 'git rev-parse HEAD').trim()
  env.GATEHOUSE_TREE = sh(returnStdout: true, script: 'git rev-parse "HEAD^{tree}"').trim()
  if (env.CHANGE_ID) {
    env.GATEHOUSE_SHA = sh(returnStdout: true, script: '''
      set -eu
      first=$(git rev-parse -q --verify "HEAD^1" || true)
      second=$(git rev-parse -q --verify "HEAD^2" || true)
      target=$(git rev-parse -q --verify "refs/remotes/origin/$CHANGE_TARGET" || true)
      if [ -n "$second" ] && [ "$first" = "$target" ]; then echo "$second"; else git rev-parse HEAD; fi
    ''').trim()
  } else {
    env.GATEHOUSE_SHA = env.GATEHOUSE_COMMIT
  }
  echo('gatehouse: commit ' + env.GATEHOUSE_COMMIT + ', tree ' + env.GATEHOUSE_TREE + ', version sha ' + env.GATEHOUSE_SHA)
}
