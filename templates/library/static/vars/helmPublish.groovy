// helmPublish: package the module's chart with this build's version and push it to the OCI chart
// repository. Returns the chart reference oci://<repository>/<chart name> that helmDeploy takes.
// Every value reaches the shell as an environment variable; no value is put into a script.

def call(Map args) {
    String chartDir = args.chartDir ?: 'chart'
    String chartVersion = requireText(args, 'chartVersion')
    String appVersion = requireText(args, 'appVersion')
    String repository = requireText(args, 'repository')
    String credentialsId = requireText(args, 'credentialsId')
    Map annotations = args.annotations ?: [:]
    if (!(chartVersion ==~ /[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?/)) {
        error('helmPublish: chartVersion must be SemVer without build metadata, got: ' + chartVersion)
    }
    if (!repository.startsWith('oci://')) {
        error('helmPublish: repository must be an oci:// reference, got: ' + repository)
    }
    String chartRef = null
    container('helm') {
        withEnv(['HELM_CHART_DIR=' + chartDir]) {
            sh(label: 'Check the chart', script: '''
                set -eu
                command -v yq >/dev/null || { echo 'helmPublish: yq is missing from the helm container' >&2; exit 1; }
                test -f "$HELM_CHART_DIR/Chart.yaml" || { echo "helmPublish: no Chart.yaml in $HELM_CHART_DIR" >&2; exit 1; }
            ''')
            for (String key : sortedKeys(annotations)) {
                setAnnotation(key, String.valueOf(annotations[key]))
            }
        }
        List<String> env = [
            'HELM_CHART_DIR=' + chartDir,
            'HELM_CHART_VERSION=' + chartVersion,
            'HELM_APP_VERSION=' + appVersion,
            'HELM_REPOSITORY=' + repository,
        ]
        withEnv(env) {
            withCredentials([usernamePassword(credentialsId: credentialsId, usernameVariable: 'HELM_REGISTRY_USER', passwordVariable: 'HELM_REGISTRY_PASSWORD')]) {
                String name = sh(label: 'Package and push the chart', returnStdout: true, script: '''
                    set +x -eu
                    name=$(yq -r '.name' "$HELM_CHART_DIR/Chart.yaml")
                    work=$(mktemp -d)
                    trap 'rm -rf "$work"' EXIT
                    # A private registry config, removed on exit: no login outlives this step.
                    export HELM_REGISTRY_CONFIG="$work/registry.json"
                    host=${HELM_REPOSITORY#oci://}
                    host=${host%%/*}
                    printf '%s' "$HELM_REGISTRY_PASSWORD" | helm registry login "$host" --username "$HELM_REGISTRY_USER" --password-stdin >&2
                    # Chart versions are immutable: a version that exists is never overwritten.
                    if helm show chart "$HELM_REPOSITORY/$name" --version "$HELM_CHART_VERSION" >/dev/null 2>&1; then
                        echo "helmPublish: $HELM_REPOSITORY/$name $HELM_CHART_VERSION exists already; chart versions are never overwritten" >&2
                        exit 1
                    fi
                    helm package "$HELM_CHART_DIR" --version "$HELM_CHART_VERSION" --app-version "$HELM_APP_VERSION" --destination "$work" >&2
                    helm push "$work/$name-$HELM_CHART_VERSION.tgz" "$HELM_REPOSITORY" >&2
                    printf '%s' "$name"
                ''').trim()
                if (!(name ==~ /[a-z0-9]([-a-z0-9]*[a-z0-9])?/)) {
                    error('helmPublish: unexpected chart name: ' + name)
                }
                chartRef = repository + '/' + name
            }
        }
    }
    return chartRef
}

private void setAnnotation(String key, String value) {
    if (!(key ==~ /([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?/)) {
        error('helmPublish: not a valid annotation key: ' + key)
    }
    withEnv(['HELM_ANNOTATION_KEY=' + key, 'HELM_ANNOTATION_VALUE=' + value]) {
        sh(label: 'Annotate the chart', script: '''
            set -eu
            yq -i '.annotations[strenv(HELM_ANNOTATION_KEY)] = strenv(HELM_ANNOTATION_VALUE)' "$HELM_CHART_DIR/Chart.yaml"
        ''')
    }
}

private List<String> sortedKeys(Map map) {
    List<String> keys = []
    for (Object key : map.keySet()) {
        keys.add(String.valueOf(key))
    }
    Collections.sort(keys)
    return keys
}

private String requireText(Map args, String name) {
    Object value = args[name]
    if (value == null || String.valueOf(value).trim().isEmpty()) {
        error('helmPublish: argument ' + name + ' is required')
    }
    return String.valueOf(value)
}
