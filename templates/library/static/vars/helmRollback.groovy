// helmRollback: puts a module's release back on its last good revision, and cleans up what an
// interrupted helm leaves behind. Reads `helm history` and decides (see decide):
//   rollback   `helm rollback <release> <last good revision>`, never simply the previous one;
//   uninstall  a first install that never finished (pending-install): helm upgrade refuses it;
//   none       nothing to do: no release at all (a failed first install that --atomic removed),
//              or the live revision is already good (--atomic restored it; a rollback then would
//              only add another revision).
// Returns [action, revision, reason]. Fails when the history holds no good revision to go to.
// Every value reaches the shell as an environment variable; no value is put into a script.
import groovy.json.JsonSlurperClassic

def call(Map args) {
    String release = requireText(args, 'release')
    String namespace = requireText(args, 'namespace')
    String kubeconfigCredentialsId = requireText(args, 'kubeconfigCredentialsId')
    int timeoutMinutes = args.timeoutMinutes == null ? 10 : Integer.parseInt(String.valueOf(args.timeoutMinutes))
    if (!(release ==~ /[a-z0-9]([-a-z0-9]*[a-z0-9])?/) || !(namespace ==~ /[a-z0-9]([-a-z0-9]*[a-z0-9])?/)) {
        error('helmRollback: release and namespace must be DNS-1123 labels, got: ' + release + ', ' + namespace)
    }
    // --wait: false when time is short (a stopped build gets about a minute): the revision is
    // applied and recorded, and the next deploy finds it deployed or recovers it.
    String wait = args.wait == false ? '' : '--wait'
    Map decision = null
    container('helm') {
        withEnv(['HELM_RELEASE=' + release, 'HELM_NAMESPACE=' + namespace, 'HELM_TIMEOUT=' + timeoutMinutes + 'm', 'HELM_WAIT=' + wait]) {
            withCredentials([file(credentialsId: kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
                // `helm history` of a release that does not exist fails with "Error: release: not
                // found" (helm's driver.ErrReleaseNotFound): that is an empty history, any other
                // failure (an unreachable cluster) is not.
                String history = sh(label: 'helm history ' + release, returnStdout: true, script: '''
                    set +x -eu
                    errors=$(mktemp)
                    trap 'rm -f "$errors"' EXIT
                    if ! history=$(helm history "$HELM_RELEASE" --namespace "$HELM_NAMESPACE" --max 256 -o json 2>"$errors"); then
                        grep -q 'release: not found' "$errors" || { cat "$errors" >&2; exit 1; }
                        history='[]'
                    fi
                    printf '%s\\n' "$history"
                ''')
                decision = decide(history, args.abandon == null ? 0 : Integer.parseInt(String.valueOf(args.abandon)), args.pendingOnly == true)
                echo('helmRollback: ' + release + ' in ' + namespace + ': ' + decision.reason)
                withEnv(['HELM_ROLLBACK_REVISION=' + decision.revision]) {
                    if (decision.action == 'rollback') {
                        sh(label: 'helm rollback ' + release, script: '''
                            set +x -eu
                            helm rollback "$HELM_RELEASE" "$HELM_ROLLBACK_REVISION" --namespace "$HELM_NAMESPACE" $HELM_WAIT --timeout "$HELM_TIMEOUT"
                        ''')
                    } else if (decision.action == 'uninstall') {
                        sh(label: 'helm uninstall ' + release, script: '''
                            set +x -eu
                            helm uninstall "$HELM_RELEASE" --namespace "$HELM_NAMESPACE" $HELM_WAIT --timeout "$HELM_TIMEOUT"
                        ''')
                    }
                }
            }
        }
    }
    if (decision.action == 'stuck') {
        error('helmRollback: ' + release + ' in ' + namespace + ': ' + decision.reason)
    }
    return decision
}

/**
 * What to do with a release, from its `helm history -o json` (oldest first, `[]` when there is no
 * release). A revision is good when helm deployed it (status `deployed` or `superseded`), its
 * description is not one of helm's failure records (`Upgrade "x" failed: ...`: helm marks a failed
 * upgrade superseded when --atomic's own rollback fails), no later rollback rolled away from it,
 * and it is not `abandon` (the revision whose smoke tests failed). The newest good revision is
 * the target. pendingOnly: act only on a release whose newest revision is still pending-*, as a
 * killed helm leaves it (helm upgrade then refuses: "another operation is in progress").
 */
Map decide(String historyJson, int abandon, boolean pendingOnly) {
    List entries = (List) new JsonSlurperClassic().parseText(historyJson)
    if (entries.isEmpty()) {
        return [action: 'none', revision: 0, reason: 'no release: nothing was installed, or helm --atomic removed a failed first install; nothing to roll back']
    }
    Map latest = null
    for (Object entry : entries) {
        if (latest == null || revisionOf((Map) entry) > revisionOf(latest)) {
            latest = (Map) entry
        }
    }
    String latestStatus = String.valueOf(latest.status)
    int current = revisionOf(latest)
    boolean pending = latestStatus.startsWith('pending-') || latestStatus == 'uninstalling'
    if (pendingOnly && !pending) {
        return [action: 'none', revision: current, reason: 'revision ' + current + ' is ' + latestStatus + '; nothing to recover']
    }
    int target = newestGood(entries, abandon)
    if (target == current) {
        return [action: 'none', revision: current, reason: 'revision ' + current + ' is live and good' +
            (rollbackTargetOf(latest) > 0 ? ' (a rollback to ' + rollbackTargetOf(latest) + ')' : '') + '; nothing to roll back']
    }
    if (target > 0) {
        return [action: 'rollback', revision: target, reason: 'revision ' + current + ' is ' + latestStatus +
            '; rolling back to revision ' + target + ', the last good one']
    }
    if (neverDeployed(entries)) {
        return pending
            ? [action: 'uninstall', revision: current, reason: 'revision ' + current + ' is ' + latestStatus +
                ' and no revision ever deployed: uninstalling the unfinished first install so the next deploy installs afresh']
            : [action: 'none', revision: current, reason: 'no revision ever deployed (revision ' + current + ' is ' +
                latestStatus + '); nothing to roll back, the next deploy installs over it']
    }
    return [action: 'stuck', revision: current, reason: 'revision ' + current + ' is ' + latestStatus +
        ' and the history (helm keeps --history-max revisions) holds no good revision to roll back to']
}

private boolean neverDeployed(List entries) {
    for (Object entry : entries) {
        if (String.valueOf(((Map) entry).status) in ['deployed', 'superseded']) {
            return false
        }
    }
    return true
}

private int newestGood(List entries, int abandon) {
    Set<Integer> abandoned = new HashSet<Integer>()
    abandoned.add(abandon)
    for (Object entry : entries) {
        int rollback = rollbackTargetOf((Map) entry)
        int revision = revisionOf((Map) entry)
        for (int r = rollback + 1; rollback > 0 && r < revision; r++) {
            abandoned.add(r)
        }
    }
    int best = 0
    for (Object entry : entries) {
        Map item = (Map) entry
        int revision = revisionOf(item)
        boolean deployed = String.valueOf(item.status) in ['deployed', 'superseded']
        boolean failed = String.valueOf(item.description) ==~ /(Upgrade|Release|Rollback) ".*" failed:[\s\S]*/
        if (deployed && !failed && !abandoned.contains(revision) && revision > best) {
            best = revision
        }
    }
    return best
}

private int revisionOf(Map entry) {
    return Integer.parseInt(String.valueOf(entry.revision))
}

/** Helm 4 reports rollback_revision; helm 3 only says so in the description. */
private int rollbackTargetOf(Map entry) {
    if (entry.rollback_revision != null && String.valueOf(entry.rollback_revision) ==~ /[0-9]+/) {
        return Integer.parseInt(String.valueOf(entry.rollback_revision))
    }
    String description = String.valueOf(entry.description)
    if (description ==~ /Rollback to [0-9]+/) {
        return Integer.parseInt(description.substring('Rollback to '.length()))
    }
    return 0
}

private String requireText(Map args, String name) {
    Object value = args[name]
    if (value == null || String.valueOf(value).trim().isEmpty()) {
        error('helmRollback: argument ' + name + ' is required')
    }
    return String.valueOf(value)
}
