// helmRollback: roll a module's release back to the last revision that was deployed successfully,
// never simply to the previous one (which may be the failed attempt). Returns the revision it
// rolled back to; fails when the history holds no good revision.
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
    int target = 0
    container('helm') {
        withEnv(['HELM_RELEASE=' + release, 'HELM_NAMESPACE=' + namespace, 'HELM_TIMEOUT=' + timeoutMinutes + 'm']) {
            withCredentials([file(credentialsId: kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
                String history = sh(label: 'helm history ' + release, returnStdout: true, script: '''
                    set +x -eu
                    helm history "$HELM_RELEASE" --namespace "$HELM_NAMESPACE" --max 256 -o json
                ''')
                target = lastGoodRevision(history)
                if (target < 1) {
                    error('helmRollback: ' + release + ' in ' + namespace + ' has no earlier successfully deployed revision to roll back to')
                }
                echo('helmRollback: rolling ' + release + ' back to revision ' + target + ', its last successful deployment')
                withEnv(['HELM_ROLLBACK_REVISION=' + target]) {
                    sh(label: 'helm rollback ' + release, script: '''
                        set +x -eu
                        helm rollback "$HELM_RELEASE" "$HELM_ROLLBACK_REVISION" --namespace "$HELM_NAMESPACE" --wait --timeout "$HELM_TIMEOUT"
                    ''')
                }
            }
        }
    }
    return target
}

/**
 * The newest revision before the current one that was deployed successfully (status `deployed`
 * or `superseded`, which helm gives only to revisions that were deployed) and that no later
 * rollback abandoned: a revision between a rollback's target and the rollback itself was
 * rolled away from, so it is not good even if it once deployed. 0 when there is none.
 */
int lastGoodRevision(String historyJson) {
    List entries = (List) new JsonSlurperClassic().parseText(historyJson)
    int current = 0
    for (Object entry : entries) {
        current = Math.max(current, revisionOf((Map) entry))
    }
    Set<Integer> abandoned = new HashSet<Integer>()
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
        String status = String.valueOf(item.status)
        boolean good = status == 'deployed' || status == 'superseded'
        if (good && revision < current && revision > best && !abandoned.contains(revision)) {
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
