// Sample library step (harness test material): rolls back to the last revision that deployed.
def call(Map args) {
    container('helm') {
        withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
            withEnv(["HELM_RELEASE=${args.release}", "HELM_NAMESPACE=${args.namespace}"]) {
                String revision = sh(returnStdout: true, script: 'helm history "$HELM_RELEASE" --namespace "$HELM_NAMESPACE" -o json' +
                    ' | jq -r \'[.[] | select(.status == "deployed" or .status == "superseded")] | last | .revision\'').trim()
                if (!revision || revision == 'null') {
                    error('No earlier successful revision to roll back to')
                }
                withEnv(["HELM_REVISION=${revision}"]) {
                    sh 'helm rollback "$HELM_RELEASE" "$HELM_REVISION" --namespace "$HELM_NAMESPACE" --wait'
                }
                return revision as int
            }
        }
    }
}
