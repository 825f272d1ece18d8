package gatehouse.harness

/**
 * Base class of the Jenkinsfile and of every library var, as CpsScript is in Jenkins: a method
 * the script does not declare is a step, a library var, or an error ("No such DSL method").
 */
abstract class PipelineScript extends Script {
    def methodMissing(String name, Object args) {
        ((HarnessBinding) binding).run.invoke(name, args as Object[])
    }
}
