// Scans .gatehouse/image.tar with Trivy (container 'scanner'): a full JSON report for the quality
// gate, then a second pass with `--exit-code 1` that fails the build on severities no channel
// tolerates. Allowed vulnerabilities go to a Trivy ignore file with their expiry dates. Both passes
// scan for vulnerabilities only (--scanners vuln), which is what the gate classifies; otherwise a
// secret finding would fail the second pass with no allowance the gate knows of. The second pass
// reuses the databases the first one downloaded.
def call(Map args) {
  List<String> ignored = []
  for (Map allowed in (args.allow ?: [])) {
    ignored << (String.valueOf(allowed.id) + ' exp:' + String.valueOf(allowed.expires))
  }
  writeFile(file: '.gatehouse/trivyignore', text: ignored.join('\n') + '\n')
  List<String> environment = [
    'GATEHOUSE_SCAN_IGNORE_UNFIXED=' + (args.ignoreUnfixed ? 'true' : 'false'),
    'GATEHOUSE_SCAN_FAIL_ON=' + ((args.failOn ?: []) as List).join(','),
  ]
  withEnv(environment) {
    container('scanner') {
      sh '''
        set -eu
        unfixed=""
        if [ "$GATEHOUSE_SCAN_IGNORE_UNFIXED" = true ]; then unfixed="--ignore-unfixed"; fi
        trivy image --input .gatehouse/image.tar --scanners vuln --ignorefile .gatehouse/trivyignore $unfixed \
          --format json --output .gatehouse/trivy.json --exit-code 0
        if [ -n "$GATEHOUSE_SCAN_FAIL_ON" ]; then
          trivy image --input .gatehouse/image.tar --scanners vuln --ignorefile .gatehouse/trivyignore $unfixed \
            --skip-db-update --skip-java-db-update --severity "$GATEHOUSE_SCAN_FAIL_ON" --format table --exit-code 1
        fi
      '''
    }
  }
}
