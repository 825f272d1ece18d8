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
        json = script.sh(returnStdout: true, script: '''
          set -eu
          gatehouse version --module "$GATEHOUSE_MODULE" --channel "$GATEHOUSE_VERSION_CHANNEL" \
            --build "$BUILD_NUMBER" --sha "$GATEHOUSE_SHA" --format json
        ''')
      }
    }
    Map version = parse(json)
    script.env.GATEHOUSE_VERSION = String.valueOf(version.version)
    script.env.GATEHOUSE_IMAGE_TAG = String.valueOf(version.imageTag)
    script.env.GATEHOUSE_CHART_VERSION = String.valueOf(version.chartVersion)
    script.env.GATEHOUSE_APP_VERSION = String.valueOf(version.appVersion)
    script.env.GATEHOUSE_RELEASE_ID = String.valueOf(version.releaseId)
  }

  @NonCPS
  private static Map parse(String json) {
    return (Map) new JsonSlurperClassic().parseText(json)
  }
}
