// Sample library step (harness test material): helm upgrade --install --atomic into a namespace.
def call(Map args) {
    container('helm') {
        withCredentials([file(credentialsId: args.kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
            withEnv(["HELM_RELEASE=${args.release}", "HELM_NAMESPACE=${args.namespace}", "HELM_CHART=${args.chartRef}",
                     "HELM_VERSION=${args.chartVersion}", "HELM_TIMEOUT=${args.timeoutMinutes}m"]) {
                sh 'helm upgrade --install "$HELM_RELEASE" "$HELM_CHART" --version "$HELM_VERSION" --namespace "$HELM_NAMESPACE" \\\n' +
                    '  --atomic --wait --timeout "$HELM_TIMEOUT"'
            }
        }
    }
}
