package gatehouse.harness

/**
 * Compiles a generated tree's Groovy: the library (vars/ and src/ together, as Jenkins loads them)
 * as one unit, then each standalone script (Jenkinsfiles, Job DSL) with the library's src/ on the
 * classpath. Reports every error with file and line, and the bytecode size of each script.
 */
class CompileCheck {
    private final GroovyCompiler compiler

    CompileCheck(File stubsDir) {
        compiler = new GroovyCompiler(stubsDir)
    }

    /**
     * request: {library: {root, files: [paths relative to root]} | null,
     *           scripts: [{name, path}], classpath: [dirs]}
     */
    Map check(Map request) {
        List<Map> units = []
        Map<String, Map> sizes = [:]
        if (request.library) {
            File root = new File(request.library.root as String)
            List<Map> sources = (request.library.files as List<String>).collect { String rel ->
                [name: rel, text: new File(root, rel).getText('UTF-8')]
            }
            units << [files: request.library.files, errors: compiler.compile(sources, []).errors]
        }
        List<File> classpath = (request.classpath as List<String> ?: []).collect { new File(it) }
        (request.scripts as List<Map> ?: []).each { Map script ->
            String text = new File(script.path as String).getText('UTF-8')
            Map result = compiler.compile([[name: script.name, text: text]], classpath)
            result.errors.each { Map error -> error.file = error.file ?: script.name }
            units << [files: [script.name], errors: result.errors]
            if (!result.errors) {
                sizes[script.name as String] = measure(result.classes)
            }
        }
        [units: units, sizes: sizes]
    }

    /**
     * The plain bytecode of the script body and of every closure nested in it (the pipeline block
     * is a closure, its stages are closures, ...). Jenkins' CPS transform turns all of that into
     * code of one method, so the sum is what the size guard looks at, not the largest method.
     */
    static Map measure(List classes) {
        int total = 0
        int closures = 0
        classes.each { gc ->
            // Closures written inside the script body (the pipeline block): WorkflowScript$_run_closure1...
            boolean closure = gc.name.contains('$_run_closure')
            if (closure) {
                closures++
            }
            BytecodeSize.methodCodeLengths(gc.bytes).each { String method, Integer bytes ->
                if (closure ? method.startsWith('doCall(') : method.startsWith('run()')) {
                    total += bytes
                }
            }
        }
        [bodyBytes: total, closures: closures]
    }
}
