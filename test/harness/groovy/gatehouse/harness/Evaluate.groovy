package gatehouse.harness

/**
 * Compiles and runs small Groovy scripts (property-test batches) in the harness JVM and returns
 * what each script returned, or the compile or run error. Each script gets a fresh shell, with
 * the stubs and any extra classpath entries (the library's src/) on its classpath.
 */
class Evaluate {
    private final File stubsDir

    Evaluate(File stubsDir) {
        this.stubsDir = stubsDir
    }

    /** request: {scripts: [{name, text}], classpath: [dirs]}; result: {results: [{value} | {error}]} */
    Map evaluate(Map request) {
        List<String> classpath = [stubsDir.absolutePath] + (request.classpath as List<String> ?: [])
        [results: (request.scripts as List<Map>).collect { Map script ->
            GroovyShell shell = new GroovyShell(getClass().classLoader)
            classpath.each { shell.classLoader.addClasspath(it) }
            try {
                [value: shell.evaluate(script.text as String, script.name as String)]
            } catch (Throwable e) {
                [error: e.toString()]
            }
        }]
    }
}
