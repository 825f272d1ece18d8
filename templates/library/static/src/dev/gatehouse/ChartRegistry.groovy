package dev.gatehouse

/**
 * Logs the 'helm' container in to the project's OCI chart registry for helmDeploy to pull the
 * chart, and out again. Credentials come from gatehouseProject().chartsCredentialsId through
 * withCredentials; the registry host reaches the shell as an environment variable.
 */
class ChartRegistry implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  ChartRegistry(def script) {
    this.script = script
  }

  void login() {
    Map project = script.gatehouseProject()
    script.withEnv(['GATEHOUSE_CHARTS=' + project.chartsRepository]) {
      script.withCredentials([script.usernamePassword(credentialsId: project.chartsCredentialsId,
          usernameVariable: 'GATEHOUSE_CHARTS_USER', passwordVariable: 'GATEHOUSE_CHARTS_TOKEN')]) {
        script.container('helm') {
          script.sh '''
            set +x -eu
            host=${GATEHOUSE_CHARTS#oci://}
            host=${host%%/*}
            printf '%s' "$GATEHOUSE_CHARTS_TOKEN" | helm registry login "$host" --username "$GATEHOUSE_CHARTS_USER" --password-stdin
          '''
        }
      }
    }
  }

  void logout() {
    Map project = script.gatehouseProject()
    script.withEnv(['GATEHOUSE_CHARTS=' + project.chartsRepository]) {
      script.container('helm') {
        script.sh '''
          set -eu
          host=${GATEHOUSE_CHARTS#oci://}
          host=${host%%/*}
          helm registry logout "$host" || true
        '''
      }
    }
  }
}
