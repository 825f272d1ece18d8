package gatehouse.harness

import org.codehaus.groovy.control.CompilationUnit
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.MultipleCompilationErrorsException
import org.codehaus.groovy.control.Phases
import org.codehaus.groovy.control.customizers.ImportCustomizer
import org.codehaus.groovy.control.messages.ExceptionMessage
import org.codehaus.groovy.control.messages.SimpleMessage
import org.codehaus.groovy.control.messages.SyntaxErrorMessage
import org.codehaus.groovy.syntax.SyntaxException
import org.codehaus.groovy.tools.GroovyClass

/**
 * Compiles emitted Groovy the way Jenkins does, in memory, through class generation: parsing,
 * name resolution, class structure checks and bytecode (which is where "Method code too large"
 * shows up). Jenkins' own classes are provided by small stubs (test/harness/stubs), so an import
 * of a Jenkins class that no stub declares fails here on purpose: the harness could not run it.
 */
class GroovyCompiler {
    final File stubsDir

    GroovyCompiler(File stubsDir) {
        this.stubsDir = stubsDir
    }

    /** One unit: all files compiled together (a library's vars and src resolve each other). */
    Map compile(List<Map> sources, List<File> classpath) {
        CompilerConfiguration config = configuration(classpath)
        GroovyClassLoader loader = new GroovyClassLoader(getClass().classLoader, config)
        CompilationUnit unit = new CompilationUnit(config, null, loader)
        sources.each { Map source -> unit.addSource(source.name as String, source.text as String) }
        List<Map> errors = []
        try {
            unit.compile(Phases.CLASS_GENERATION)
        } catch (MultipleCompilationErrorsException e) {
            errors.addAll(describe(e))
        }
        [errors: errors, classes: errors ? [] : (unit.classes as List<GroovyClass>)]
    }

    CompilerConfiguration configuration(List<File> classpath) {
        CompilerConfiguration config = new CompilerConfiguration()
        config.classpathList = ([stubsDir] + classpath).collect { it.absolutePath }
        // Jenkins resolves @Library without an import; do the same.
        config.addCompilationCustomizers(new ImportCustomizer().addImports('org.jenkinsci.plugins.workflow.libs.Library'))
        config.tolerance = 100
        config
    }

    static List<Map> describe(MultipleCompilationErrorsException e) {
        e.errorCollector.errors.collect { message ->
            if (message instanceof SyntaxErrorMessage) {
                SyntaxException cause = ((SyntaxErrorMessage) message).cause
                return [file: cause.sourceLocator, line: cause.line, column: cause.startColumn,
                        message: cause.originalMessage]
            }
            if (message instanceof ExceptionMessage) {
                Exception cause = ((ExceptionMessage) message).cause
                return [file: null, line: null, column: null, message: cause.toString()]
            }
            if (message instanceof SimpleMessage) {
                return [file: null, line: null, column: null, message: ((SimpleMessage) message).message]
            }
            [file: null, line: null, column: null, message: message.toString()]
        }
    }
}
