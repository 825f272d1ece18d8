// Publishes what a stage group produced, whatever happened: JUnit results, Cobertura coverage
// (Coverage plugin) and gatehouse's own reports (scan, gate verdict) as build artifacts.
// The Coverage plugin has no LCOV parser: an LCOV tracefile (the gate reads both) is not recorded.
def call(Map args) {
  for (String pattern in (args.junit ?: [])) {
    junit(testResults: pattern, allowEmptyResults: true)
  }
  if (args.coverage && fileExists(args.coverage)) {
    if (String.valueOf(args.coverage).toLowerCase().endsWith('.xml')) {
      recordCoverage(tools: [[parser: 'COBERTURA', pattern: args.coverage]], sourceCodeRetention: 'NEVER')
    } else {
      echo('gatehouse: ' + args.coverage + ' is not Cobertura XML; the Coverage plugin cannot show it (the quality gate reads it)')
    }
  }
  archiveArtifacts(artifacts: '.gatehouse/*.json,.gatehouse/*.md', allowEmptyArchive: true)
}
