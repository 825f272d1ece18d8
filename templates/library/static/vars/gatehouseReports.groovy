// Publishes what a stage group produced, whatever happened: JUnit results, Cobertura coverage
// (Coverage plugin) and gatehouse's own reports (scan, gate verdict) as build artifacts.
def call(Map args) {
  for (String pattern in (args.junit ?: [])) {
    junit(testResults: pattern, allowEmptyResults: true)
  }
  if (args.coverage && fileExists(args.coverage)) {
    recordCoverage(tools: [[parser: 'COBERTURA', pattern: args.coverage]], sourceCodeRetention: 'NEVER')
  }
  archiveArtifacts(artifacts: '.gatehouse/*.json,.gatehouse/*.md', allowEmptyArchive: true)
}
