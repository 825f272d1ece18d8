package dev.gatehouse

import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonSlurperClassic

/**
 * Runs the gatehouse CLI in the pod's 'node' container the way docs/release-train.md's contract
 * says: a fixed command line from the library, values only as environment variables (never in
 * the script), stdout to a file under .gatehouse/train/ (read back, not captured), and the exit
 * code checked: 0 is an answer (read it from the JSON), 1 and 2 stop the build with the CLI's
 * diagnostics. `checkoutConfig`: read the modules.yaml of the job's own checkout (the release job,
 * whose Jenkinsfile was generated from it) instead of the one the CLI image carries.
 */
class TrainCli implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script
  private final boolean checkoutConfig

  TrainCli(def script, boolean checkoutConfig = false) {
    this.script = script
    this.checkoutConfig = checkoutConfig
  }

  /** The command's JSON document (it must print one: `--format json`). */
  Map json(String label, List<String> environment, String command) {
    return parse(text(label, environment, command))
  }

  /** The command's stdout. */
  String text(String label, List<String> environment, String command) {
    String out = '.gatehouse/train/' + label.toLowerCase().replaceAll('[^a-z0-9]+', '-') + '.out'
    int status = 0
    script.withEnv(environment + ['GATEHOUSE_CLI_OUT=' + out]) {
      script.container('node') {
        status = script.sh(label: label, returnStatus: true, script: 'set -u\nmkdir -p .gatehouse/train\n' +
          (checkoutConfig ? 'export GATEHOUSE_CONFIG="$PWD/modules.yaml"\n' : '') + command + ' > "$GATEHOUSE_CLI_OUT"')
      }
    }
    String output = script.readFile(out)
    if (status != 0) {
      script.echo(output)
      script.error('gatehouse: ' + label + ': the gatehouse CLI exited ' + status + ': ' + problems(output))
    }
    return output
  }

  @NonCPS
  static Map parse(String json) {
    return (Map) new JsonSlurperClassic().parseText(json)
  }

  /** The diagnostics of the CLI's failure document, one per line; the raw text if it is not one. */
  @NonCPS
  static String problems(String output) {
    try {
      Object document = new JsonSlurperClassic().parseText(output)
      if (Map.isInstance(document) && List.isInstance(document.diagnostics)) {
        return document.diagnostics.collect { Map d -> (d.file ? d.file + ': ' : '') + d.code + ' ' + d.message }.join('; ')
      }
    } catch (groovy.json.JsonException ignored) {
      // a text answer: shown as it is
    }
    return output.trim()
  }
}
