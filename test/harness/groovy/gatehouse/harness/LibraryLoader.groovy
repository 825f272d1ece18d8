package gatehouse.harness

import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.customizers.ImportCustomizer

/**
 * A shared library checkout (vars/, src/, resources/) and the Jenkinsfiles run against it,
 * compiled once and reused by every scenario of the JVM.
 */
class LibraryLoader {
    final File root
    final GroovyClassLoader loader
    private final Map<String, Class> vars = [:]
    private final Map<String, Class> scripts = [:]

    LibraryLoader(File root) {
        this.root = root
        CompilerConfiguration config = new CompilerConfiguration()
        config.scriptBaseClass = PipelineScript.name
        config.addCompilationCustomizers(new ImportCustomizer().addImports('org.jenkinsci.plugins.workflow.libs.Library'))
        loader = new GroovyClassLoader(getClass().classLoader, config)
        File src = new File(root, 'src')
        if (src.isDirectory()) {
            loader.addClasspath(src.absolutePath)
        }
        File varsDir = new File(root, 'vars')
        if (varsDir.isDirectory()) {
            varsDir.listFiles().findAll { it.name.endsWith('.groovy') }.sort { it.name }.each { File file ->
                vars[file.name - '.groovy'] = loader.parseClass(new GroovyCodeSource(file, 'UTF-8'))
            }
        }
    }

    boolean hasVar(String name) { vars.containsKey(name) }

    Class varClass(String name) { vars[name] }

    Set<String> varNames() { vars.keySet() }

    Class jenkinsfile(File file) {
        String key = file.canonicalPath
        if (!scripts.containsKey(key)) {
            // Jenkins compiles the Jenkinsfile as class WorkflowScript; every file gets its own class
            // (the loader would otherwise hand back the first WorkflowScript it parsed).
            GroovyCodeSource source = new GroovyCodeSource(file.getText('UTF-8'), 'WorkflowScript', '/groovy/shell')
            source.cachable = false
            scripts[key] = loader.parseClass(source)
        }
        scripts[key]
    }

    String resource(String path) {
        File file = new File(new File(root, 'resources'), path)
        if (path.contains('..') || !file.isFile()) {
            throw new hudson.AbortException("No such library resource ${path} could be found.")
        }
        file.getText('UTF-8')
    }
}
