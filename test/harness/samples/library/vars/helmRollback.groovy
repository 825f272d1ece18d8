// Sample library step (harness test material): rolls back to the last revision that deployed.
def call(Map args) {
    container('helm') {
        withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
            withEnv(["HELM_RELEASE=${args.release}", "HELM_NAMESPACE=${args.namespace}"]) {
                String history = sh(returnStdout: true, script: 'helm history "$HELM_RELEASE" --namespace "$HELM_NAMESPACE" -o json')
                List good = readJSON(text: history).findAll { it.status in ['deployed', 'superseded'] }
                if (good.size() < 2) {
                    error('No earlier successful revision to roll back to')
                }
                String revision = good[-2].revision
                withEnv(["HELM_REVISION=${revision}"]) {
                    sh 'helm rollback "$HELM_RELEASE" "$HELM_REVISION" --namespace "$HELM_NAMESPACE" --wait'
                }
                return revision as int
            }
        }
    }
}
