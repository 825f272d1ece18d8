// Publishes what a stage group produced, whatever happened: JUnit results, coverage (Coverage
// plugin) and gatehouse's own reports (scan, gate verdict) as build artifacts.
// The coverage format is read from the file, as the gate reads it: Cobertura XML (root
// <coverage>) goes to the plugin's COBERTURA parser, JaCoCo XML (root <report>) to JACOCO;
// anything else (an LCOV tracefile) is left to the gate.
def call(Map args) {
  for (String pattern in (args.junit ?: [])) {
    junit(testResults: pattern, allowEmptyResults: true)
  }
  if (args.coverage && fileExists(args.coverage)) {
    String parser = coverageParser(coverageHead(args.coverage))
    if (parser) {
      recordCoverage(tools: [[parser: parser, pattern: args.coverage]], sourceCodeRetention: 'NEVER')
    } else {
      echo('gatehouse: ' + args.coverage + ' is neither Cobertura nor JaCoCo XML; the Coverage plugin does not record it (the quality gate reads it)')
    }
  }
  archiveArtifacts(artifacts: '.gatehouse/*.json,.gatehouse/*.md', allowEmptyArchive: true)
}

// The start of the file: enough for its prolog and root element. The path reaches the shell only
// as an environment variable.
String coverageHead(String path) {
  withEnv(['GATEHOUSE_COVERAGE_FILE=' + path]) {
    return sh(label: 'coverage format', returnStdout: true, script: 'head -c 4096 -- "$GATEHOUSE_COVERAGE_FILE"')
  }
}

// The Coverage plugin's parser id for a report that starts with `head`, or null: decided by the
// first element after the XML declaration, comments and DOCTYPE.
String coverageParser(String head) {
  String rest = head.trim()
  while (rest.startsWith('<?') || rest.startsWith('<!')) {
    int end = rest.startsWith('<!--') ? rest.indexOf('-->') + 2 : rest.indexOf('>')
    if (end < 1) {
      return null
    }
    rest = rest.substring(end + 1).trim()
  }
  String root = rest.startsWith('<') ? rest.substring(1).split('[\\s/>]', 2)[0] : ''
  return [coverage: 'COBERTURA', report: 'JACOCO'][root]
}
