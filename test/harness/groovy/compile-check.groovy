// Compiles every emitted Groovy file in ONE JVM and prints a JSON report:
//   groovy -cp test/harness/groovy test/harness/groovy/compile-check.groovy <stubs> <request.json>
// request: {library: {root, files: [relative paths under root]} | null,
//           scripts: [{name, path}]  (Jenkinsfiles, Job DSL), classpath: [dirs for scripts]}
// report: {units: [{files, errors: [{file, line, column, message}]}],
//          sizes: {<script name>: {pipelineBytes, largestMethodBytes, largestMethod}}}
import gatehouse.harness.BytecodeSize
import gatehouse.harness.GroovyCompiler
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

GroovyCompiler compiler = new GroovyCompiler(new File(args[0]))
Map request = new JsonSlurper().parse(new File(args[1])) as Map
List<Map> units = []
Map<String, Map> sizes = [:]

if (request.library) {
    File root = new File(request.library.root as String)
    List<Map> sources = (request.library.files as List<String>).collect { String rel ->
        [name: rel, text: new File(root, rel).getText('UTF-8')]
    }
    Map result = compiler.compile(sources, [])
    units << [files: request.library.files, errors: result.errors]
}

List<File> classpath = (request.classpath as List<String> ?: []).collect { new File(it) }
(request.scripts as List<Map>).each { Map script ->
    // Jenkins names the Jenkinsfile's class WorkflowScript; a path-like name keeps file:line readable.
    String text = new File(script.path as String).getText('UTF-8')
    Map result = compiler.compile([[name: script.name, text: text]], classpath)
    result.errors.each { Map error -> error.file = error.file ?: script.name }
    units << [files: [script.name], errors: result.errors]
    if (!result.errors) {
        sizes[script.name as String] = measure(result.classes)
    }
}

println JsonOutput.toJson([units: units, sizes: sizes])

/**
 * The plain bytecode of the script body and of every closure nested in it (the pipeline block is
 * a closure, its stages are closures, ...). Jenkins' CPS transform compiles all of that into one
 * method, so the sum is what we guard, not the largest single method.
 */
Map measure(List classes) {
    int total = 0
    String largest = null
    int largestBytes = 0
    classes.each { gc ->
        BytecodeSize.methodCodeLengths(gc.bytes).each { String method, Integer bytes ->
            boolean body = gc.name.contains('$_run_closure') ? method.startsWith('doCall') : method.startsWith('run(')
            if (body) {
                total += bytes
            }
            if (bytes > largestBytes) {
                largestBytes = bytes
                largest = gc.name + '.' + method
            }
        }
    }
    [pipelineBytes: total, largestMethodBytes: largestBytes, largestMethod: largest]
}
