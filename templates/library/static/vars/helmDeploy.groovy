// helmDeploy: install or upgrade a module's release from the chart repository, or from a chart
// already pulled into the workspace, with `helm upgrade --install --atomic --wait`: on failure
// helm itself restores the last good revision, and this step fails the build. Returns the release
// revision that was deployed. Every value reaches the shell as an environment variable; no value
// is put into a script.

def call(Map args) {
    String release = requireText(args, 'release')
    // A pulled chart (chartPath) is installed as it is: its values file and its templates come
    // from the one package, which a chart pushed again to the repository meanwhile cannot split.
    String chartPath = args.chartPath == null ? '' : String.valueOf(args.chartPath)
    String chartRef = chartPath.isEmpty() ? requireText(args, 'chartRef') : ''
    String chartVersion = chartPath.isEmpty() ? requireText(args, 'chartVersion') : ''
    String namespace = requireText(args, 'namespace')
    String kubeconfigCredentialsId = requireText(args, 'kubeconfigCredentialsId')
    int timeoutMinutes = requirePositive(args, 'timeoutMinutes', 1)
    // Rollback needs the previous good revision to still be in the history.
    int historyMax = requirePositive(args, 'historyMax', 2)
    List valuesFiles = args.valuesFiles ?: []
    // Optional: pins the chart's image to the digest of the build that was approved (image.digest).
    String imageDigest = args.imageDigest == null ? '' : String.valueOf(args.imageDigest)
    if (!imageDigest.isEmpty() && !(imageDigest ==~ /sha256:[0-9a-f]{64}/)) {
        error('helmDeploy: imageDigest must be sha256:<64 lowercase hex digits>, got: ' + imageDigest)
    }
    if (!(release ==~ /[a-z0-9]([-a-z0-9]*[a-z0-9])?/) || release.length() > 53) {
        error('helmDeploy: release must be a DNS-1123 label of at most 53 characters, got: ' + release)
    }
    if (!(namespace ==~ /[a-z0-9]([-a-z0-9]*[a-z0-9])?/) || namespace.length() > 63) {
        error('helmDeploy: namespace must be a DNS-1123 label, got: ' + namespace)
    }
    if (chartPath.isEmpty() && !chartRef.startsWith('oci://')) {
        error('helmDeploy: chartRef must be an oci:// reference, got: ' + chartRef)
    }
    if (chartPath.contains('\n') || chartPath.startsWith('-')) {
        error('helmDeploy: invalid chartPath: ' + chartPath)
    }
    for (Object file : valuesFiles) {
        if (String.valueOf(file).contains('\n') || String.valueOf(file).trim().isEmpty()) {
            error('helmDeploy: invalid values file name: ' + file)
        }
    }
    List<String> env = [
        'HELM_RELEASE=' + release,
        'HELM_CHART_REF=' + chartRef,
        'HELM_CHART_VERSION=' + chartVersion,
        'HELM_CHART_PATH=' + chartPath,
        'HELM_NAMESPACE=' + namespace,
        'HELM_TIMEOUT=' + timeoutMinutes + 'm',
        'HELM_HISTORY_MAX=' + historyMax,
        'HELM_VALUES_FILES=' + valuesFiles.join('\n'),
        'HELM_IMAGE_DIGEST=' + imageDigest,
    ]
    int revision = 0
    container('helm') {
        withEnv(env) {
            withCredentials([file(credentialsId: kubeconfigCredentialsId, variable: 'KUBECONFIG')]) {
                sh(label: 'helm upgrade --install ' + release, script: '''
                    set +x -eu
                    if [ -n "$HELM_CHART_PATH" ]; then
                        test -f "$HELM_CHART_PATH/Chart.yaml" || { echo "helmDeploy: no chart at $HELM_CHART_PATH" >&2; exit 1; }
                        set -- "$HELM_CHART_PATH"
                    else
                        set -- "$HELM_CHART_REF" --version "$HELM_CHART_VERSION"
                    fi
                    while IFS= read -r file; do
                        [ -n "$file" ] || continue
                        test -f "$file" || { echo "helmDeploy: values file $file does not exist" >&2; exit 1; }
                        set -- "$@" --values "$file"
                    done <<VALUES
$HELM_VALUES_FILES
VALUES
                    if [ -n "$HELM_IMAGE_DIGEST" ]; then set -- "$@" --set-string "image.digest=$HELM_IMAGE_DIGEST"; fi
                    helm upgrade --install "$HELM_RELEASE" "$@" --namespace "$HELM_NAMESPACE" --atomic --wait --timeout "$HELM_TIMEOUT" --history-max "$HELM_HISTORY_MAX"
                ''')
                String status = sh(label: 'Deployed revision', returnStdout: true, script: '''
                    set +x -eu
                    helm status "$HELM_RELEASE" --namespace "$HELM_NAMESPACE" -o json | jq -r '.version'
                ''').trim()
                if (!(status ==~ /[0-9]+/)) {
                    error('helmDeploy: could not read the deployed revision of ' + release + ': ' + status)
                }
                revision = Integer.parseInt(status)
            }
        }
    }
    return revision
}

private int requirePositive(Map args, String name, int minimum) {
    Object value = args[name]
    if (!(String.valueOf(value) ==~ /[0-9]+/) || Integer.parseInt(String.valueOf(value)) < minimum) {
        error('helmDeploy: argument ' + name + ' must be an integer of at least ' + minimum + ', got: ' + value)
    }
    return Integer.parseInt(String.valueOf(value))
}

private String requireText(Map args, String name) {
    Object value = args[name]
    if (value == null || String.valueOf(value).trim().isEmpty()) {
        error('helmDeploy: argument ' + name + ' is required')
    }
    return String.valueOf(value)
}
