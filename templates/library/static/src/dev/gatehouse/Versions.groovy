package dev.gatehouse

import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonSlurperClassic

/**
 * Asks `gatehouse version` (container 'node') for the build's image tag, chart version and app
 * version, and records them in the build's environment as GATEHOUSE_* variables.
 */
class Versions implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Versions(def script) {
    this.script = script
  }

  void record(String channel) {
    String json = ''
    script.withEnv(['GATEHOUSE_VERSION_CHANNEL=' + channel]) {
      script.container('node') {
        // Jenkins counts BUILD_NUMBER per branch job: the job (the PR number of a pull request
        // build, else the branch) goes into every version, so no two jobs share one.
        json = script.sh(returnStdout: true, script: '''
          set -eu
          set -- --module "$GATEHOUSE_MODULE" --channel "$GATEHOUSE_VERSION_CHANNEL" --build "$BUILD_NUMBER" --sha "$GATEHOUSE_SHA"
          if [ -n "${CHANGE_ID:-}" ]; then set -- "$@" --pr "$CHANGE_ID"; else set -- "$@" --branch "$BRANCH_NAME"; fi
          gatehouse version "$@" --format json
        ''')
      }
    }
    Map version = parse(json)
    requireCommittedChartVersion(String.valueOf(version.version))
    script.env.GATEHOUSE_VERSION = String.valueOf(version.version)
    script.env.GATEHOUSE_IMAGE_TAG = String.valueOf(version.imageTag)
    script.env.GATEHOUSE_CHART_VERSION = String.valueOf(version.chartVersion)
    script.env.GATEHOUSE_APP_VERSION = String.valueOf(version.appVersion)
    script.env.GATEHOUSE_RELEASE_ID = String.valueOf(version.releaseId)
  }

  /**
   * The CLI image carries its own copy of modules.yaml. When it is older than the module's
   * committed chart, every tag would silently carry the old version: stop the build instead.
   */
  private void requireCommittedChartVersion(String known) {
    String committed = script.sh(returnStdout: true, script: '''
      grep '^version:' chart/Chart.yaml | head -n 1 | tr -d '" ' | cut -d: -f2
    ''').trim()
    if (committed != known) {
      script.error('gatehouse: chart/Chart.yaml has version ' + committed + ' but the gatehouse CLI image ' +
        '(project.agents.node) knows this module as ' + known + ': rebuild that image from the current modules.yaml')
    }
  }

  @NonCPS
  private static Map parse(String json) {
    return (Map) new JsonSlurperClassic().parseText(json)
  }
}
