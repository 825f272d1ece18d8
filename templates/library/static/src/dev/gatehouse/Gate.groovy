package dev.gatehouse

import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonSlurperClassic

/**
 * Runs `gatehouse gate` (container 'node') on the build's reports and returns its verdict:
 * [channel: 'stable|beta|alpha|rejected', passed: boolean, summary: markdown text].
 * Report paths reach the shell only as environment variables, never inside a script.
 */
class Gate implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Gate(def script) {
    this.script = script
  }

  Map evaluate(Map args) {
    List<String> environment = [
      'GATEHOUSE_GATE_JUNIT=' + ((args.junit ?: []) as List).join('\n'),
      'GATEHOUSE_GATE_INTEGRATION=' + ((args.integration ?: []) as List).join('\n'),
      'GATEHOUSE_GATE_COVERAGE=' + (args.coverage ?: ''),
      'GATEHOUSE_GATE_REQUIRE=' + (args.require ?: 'alpha'),
    ]
    int status = 0
    script.withEnv(environment) {
      script.container('node') {
        status = script.sh(returnStatus: true, script: '''
          set -u
          mkdir -p .gatehouse
          set -- --module "$GATEHOUSE_MODULE" --scan .gatehouse/trivy.json --require "$GATEHOUSE_GATE_REQUIRE"
          if [ -n "$GATEHOUSE_GATE_COVERAGE" ]; then set -- "$@" --coverage "$GATEHOUSE_GATE_COVERAGE"; fi
          while IFS= read -r glob; do
            if [ -n "$glob" ]; then set -- "$@" --junit "$glob"; fi
          done <<GLOBS
$GATEHOUSE_GATE_JUNIT
GLOBS
          while IFS= read -r glob; do
            if [ -n "$glob" ]; then set -- "$@" --integration "$glob"; fi
          done <<GLOBS
$GATEHOUSE_GATE_INTEGRATION
GLOBS
          gatehouse gate "$@" --format markdown > .gatehouse/gate.md || true
          gatehouse gate "$@" --format json > .gatehouse/gate.json
        ''')
      }
    }
    // Exit 1 is also what gatehouse gives for a malformed report or modules.yaml, with a document
    // that names the problems instead of a verdict: only a channel means the build was judged.
    Map verdict = status > 1 ? [:] : parse(script.readFile('.gatehouse/gate.json'))
    if (!verdict.channel) {
      script.error('quality gate: gatehouse gate could not judge the build (exit ' + status + '); see its problems in the log above')
    }
    return [
      channel: String.valueOf(verdict.channel),
      passed: status == 0,
      summary: script.readFile('.gatehouse/gate.md'),
    ]
  }

  @NonCPS
  private static Map parse(String json) {
    return (Map) new JsonSlurperClassic().parseText(json)
  }
}
