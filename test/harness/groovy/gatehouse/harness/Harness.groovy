package gatehouse.harness

import hudson.model.Result
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException

/** Runs scenarios: a Jenkinsfile plus a library checkout plus a scripted build environment. */
class Harness {
    private final Map<String, LibraryLoader> libraries = [:]

    Map run(Map request) {
        String id = request.id
        Run run = null
        try {
            LibraryLoader library = library(request.library as String)
            File jenkinsfile = new File(request.jenkinsfile as String)
            run = new Run(library, request.scenario as Map ?: [:])
            Script script = (Script) library.jenkinsfile(jenkinsfile).newInstance()
            script.binding = run.binding
            run.scriptInstance = script
            def annotation = jenkinsfile.getText('UTF-8') =~ /@Library\(\s*'([^']*)'\s*\)\s*_/
            run.trace.add([type: 'library', value: annotation.find() ? annotation.group(1) : null])
            Throwable error = null
            try {
                script.run()
            } catch (HarnessError e) {
                throw e
            } catch (Throwable e) {
                error = e
            }
            Result result = run.currentBuild.rawResult ?: Result.SUCCESS
            if (error != null) {
                result = result.combine(error instanceof FlowInterruptedException ? ((FlowInterruptedException) error).result : Result.FAILURE)
            }
            return [id: id, result: result.toString(), error: error?.toString(), events: run.trace.events,
                    secrets: run.trace.secrets as List]
        } catch (HarnessError e) {
            return [id: id, result: null, harnessError: e.message, events: run?.trace?.events ?: [],
                    secrets: (run?.trace?.secrets ?: []) as List]
        } catch (Throwable e) {
            // The harness itself broke (a Jenkinsfile that does not load, a bug here): report, do not hide.
            StringWriter stack = new StringWriter()
            e.printStackTrace(new PrintWriter(stack))
            return [id: id, result: null, harnessError: "internal: ${stack}".toString(), events: run?.trace?.events ?: [],
                    secrets: (run?.trace?.secrets ?: []) as List]
        }
    }

    private LibraryLoader library(String root) {
        if (!libraries.containsKey(root)) {
            libraries[root] = new LibraryLoader(new File(root))
        }
        libraries[root]
    }
}
