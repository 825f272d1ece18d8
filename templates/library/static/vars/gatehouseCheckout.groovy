// Checks out the revision this build is for and records what later steps key on:
// GATEHOUSE_COMMIT (HEAD), GATEHOUSE_TREE (`git rev-parse HEAD^{tree}`, what promotion matches on)
// and GATEHOUSE_SHA (the commit versions carry: the PR head for PR builds, since a PR-merge HEAD
// is a local merge commit that does not exist on GitHub).
def call() {
  checkout scm
  env.GATEHOUSE_COMMIT = sh(returnStdout: true, script: 'git rev-parse HEAD').trim()
  env.GATEHOUSE_TREE = sh(returnStdout: true, script: 'git rev-parse "HEAD^{tree}"').trim()
  if (env.CHANGE_ID) {
    // Jenkins builds a PR-merge by checking out the PR head and merging the target into it
    // (git plugin's MergeWithGitSCMExtension, committer nobody@nowhere): the PR head is then the
    // first parent. When the PR already contains the target there is no merge and HEAD is the head.
    env.GATEHOUSE_SHA = sh(returnStdout: true, script: '''
      set -eu
      if git rev-parse -q --verify "HEAD^2" >/dev/null && [ "$(git log -1 --format=%ce HEAD)" = nobody@nowhere ]; then
        git rev-parse "HEAD^1"
      else
        git rev-parse HEAD
      fi
    ''').trim()
  } else {
    env.GATEHOUSE_SHA = env.GATEHOUSE_COMMIT
  }
  echo('gatehouse: commit ' + env.GATEHOUSE_COMMIT + ', tree ' + env.GATEHOUSE_TREE + ', version sha ' + env.GATEHOUSE_SHA)
}
