// Runs many pipeline scenarios in ONE JVM and writes their traces as JSON:
//   groovy -cp test/harness/groovy:test/harness/stubs test/harness/groovy/run-harness.groovy <request.json> <out.json>
// request: {runs: [{id, library: <dir with vars/src/resources>, jenkinsfile: <path>, scenario: {...}}]}
import gatehouse.harness.Harness
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

Map request = new JsonSlurper().parse(new File(args[0]), 'UTF-8') as Map
Harness harness = new Harness()
List results = (request.runs as List<Map>).collect { harness.run(it) }
new File(args[1]).setText(JsonOutput.toJson([runs: results]), 'UTF-8')
