// The harness process: ONE JVM serves every compile check and pipeline run of a test session.
//   groovy -cp test/harness/groovy:test/harness/stubs test/harness/groovy/harness-server.groovy <stubs dir>
// Reads lines "<compile|run|scan|evaluate> <request.json> <result.json>" on stdin, answers "ok" or "fail <message>".
// run request: {runs: [{id, library, jenkinsfile, scenario}]}; compile request: see CompileCheck;
// scan request: see StepCalls; evaluate request (property tests): see Evaluate.
import gatehouse.harness.CompileCheck
import gatehouse.harness.Evaluate
import gatehouse.harness.Harness
import gatehouse.harness.StepCalls
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

if (!GroovySystem.version.startsWith('2.4.')) {
    // Jenkins' CPS engine runs Groovy 2.4: proving the pipelines on another version proves nothing.
    System.err.println("gatehouse harness: Groovy 2.4 is required (Jenkins runs 2.4), found ${GroovySystem.version}. " +
        'Install it with: apt-get update && apt-get install -y groovy')
    System.exit(2)
}

CompileCheck compileCheck = new CompileCheck(new File(args[0]))
Harness harness = new Harness()
StepCalls stepCalls = new StepCalls()
Evaluate evaluate = new Evaluate(new File(args[0]))
BufferedReader input = new BufferedReader(new InputStreamReader(System.in, 'UTF-8'))
String line
while ((line = input.readLine()) != null) {
    List<String> parts = line.tokenize(' ')
    try {
        Map request = new JsonSlurper().parse(new File(parts[1]), 'UTF-8') as Map
        Object result
        switch (parts[0]) {
            case 'compile': result = compileCheck.check(request); break
            case 'scan': result = stepCalls.scan(request); break
            case 'evaluate': result = evaluate.evaluate(request); break
            default: result = [runs: (request.runs as List<Map>).collect { harness.run(it) }]
        }
        new File(parts[2]).setText(JsonOutput.toJson(result), 'UTF-8')
        println 'ok'
    } catch (Throwable e) {
        println "fail ${e.toString().replace('\n', ' ')}"
    }
    System.out.flush()
}
