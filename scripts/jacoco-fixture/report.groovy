// Writes a JaCoCo XML report with JaCoCo's own code (org.jacoco.core and org.jacoco.report):
// instruments the compiled FlagService classes, runs some of their code, analyses the execution
// data and formats it with XMLFormatter, exactly as the Gradle and Maven plugins do.
// args: <classes dir> <sources dir> <output file>
import org.jacoco.core.analysis.Analyzer
import org.jacoco.core.analysis.CoverageBuilder
import org.jacoco.core.data.ExecutionDataStore
import org.jacoco.core.data.SessionInfoStore
import org.jacoco.core.instr.Instrumenter
import org.jacoco.core.runtime.LoggerRuntime
import org.jacoco.core.runtime.RuntimeData
import org.jacoco.report.DirectorySourceFileLocator
import org.jacoco.report.xml.XMLFormatter

File classes = new File(args[0])
File sources = new File(args[1])
List<String> names = ['com.acme.config.FlagService', 'com.acme.config.FlagService$Entry']
Closure<byte[]> original = { String name -> new File(classes, name.replace('.', '/') + '.class').bytes }

def runtime = new LoggerRuntime()
def instrumenter = new Instrumenter(runtime)
def data = new RuntimeData()
runtime.startup(data)
Map<String, byte[]> instrumented = names.collectEntries { [(it): instrumenter.instrument(original(it), it)] }
ClassLoader loader = new MemoryClassLoader(getClass().classLoader, instrumented)
def service = loader.loadClass('com.acme.config.FlagService').getConstructor().newInstance()
assert service.isEnabled('dark-mode', 'staging')
assert !service.isEnabled('unknown', 'staging')
service.set('beta-editor', true)
def entry = loader.loadClass('com.acme.config.FlagService$Entry').getConstructor(long).newInstance(10L)
assert entry.isExpired(20L)

def executionData = new ExecutionDataStore()
def sessions = new SessionInfoStore()
data.collect(executionData, sessions, false)
runtime.shutdown()
def builder = new CoverageBuilder()
def analyzer = new Analyzer(executionData, builder)
names.each { analyzer.analyzeClass(original(it), it) }
def visitor = new XMLFormatter().createVisitor(new FileOutputStream(args[2]))
visitor.visitInfo(sessions.infos, executionData.contents)
visitor.visitBundle(builder.getBundle('config-service'), new DirectorySourceFileLocator(sources, 'UTF-8', 4))
visitor.visitEnd()

/** Defines the instrumented classes; everything else comes from the parent. */
@groovy.transform.CompileStatic
class MemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> definitions

    MemoryClassLoader(ClassLoader parent, Map<String, byte[]> definitions) {
        super(parent)
        this.definitions = new HashMap<>(definitions)
    }

    protected Class<?> loadClass(String name, boolean resolve) {
        byte[] bytes = definitions.remove(name)
        return bytes == null ? super.loadClass(name, resolve) : defineClass(name, bytes, 0, bytes.length)
    }
}
