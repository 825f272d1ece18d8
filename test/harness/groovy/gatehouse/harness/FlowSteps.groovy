package gatehouse.harness

import hudson.AbortException
import hudson.model.Result
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException

/** Steps that shape control flow and context: echo, error, catchError, parallel, withEnv, ... */
class FlowSteps {
    private final Run run

    FlowSteps(Run run) {
        this.run = run
    }

    void register(Map<String, Closure> steps) {
        ['echo', 'error', 'unstable', 'catchError', 'warnError', 'script', 'parallel', 'timeout', 'retry',
         'sleep', 'waitUntil', 'withEnv', 'withCredentials', 'stage', 'properties', 'pipeline', 'library',
         'isUnix', 'build', 'mail', 'timestamps', 'ansiColor'].each { String name ->
            steps[name] = this.&"${name}"
        }
    }

    Object echo(Invocation i) { run.record(i); null }

    Object error(Invocation i) {
        run.record(i)
        throw new AbortException(i.string('message'))
    }

    Object unstable(Invocation i) {
        run.record(i)
        run.currentBuild.result = 'UNSTABLE'
        run.context.warnStage(Result.UNSTABLE)
        null
    }

    Object catchError(Invocation i) {
        run.record(i)
        catching(i, i.string('buildResult', 'FAILURE'), i.string('stageResult', 'SUCCESS'))
    }

    Object warnError(Invocation i) {
        run.record(i)
        catching(i, 'UNSTABLE', 'UNSTABLE')
    }

    private Object catching(Invocation i, String buildResult, String stageResult) {
        try {
            return i.requireBody().call()
        } catch (HarnessError e) {
            throw e
        } catch (Throwable e) {
            if (e instanceof FlowInterruptedException && i.arg('catchInterruptions', true) == false) {
                throw e
            }
            run.trace.add([type: 'caught', step: i.name, error: e.toString()] + run.context.snapshot())
            if (buildResult != 'SUCCESS') {
                run.currentBuild.result = buildResult
            }
            if (stageResult != 'SUCCESS') {
                run.context.warnStage(Result.fromString(stageResult))
            }
            return null
        }
    }

    Object script(Invocation i) { i.requireBody().call() }

    Object parallel(Invocation i) {
        Map branches = new LinkedHashMap((Map) i.arg('branches'))
        boolean failFast = branches.remove('failFast') as boolean
        run.record(i, [branches: branches.keySet().collect { it.toString() }, failFast: failFast])
        Throwable first = null
        // Branches run one after another: the trace stays deterministic; interleaving is not modeled.
        branches.each { name, Closure branch ->
            if (first != null && failFast) {
                run.trace.add([type: 'parallelBranchAborted', branch: name.toString()] + run.context.snapshot())
                return
            }
            try {
                branch.call()
            } catch (HarnessError e) {
                throw e
            } catch (Throwable e) {
                first = first ?: e
            }
        }
        if (first != null) {
            throw first
        }
        null
    }

    Object timeout(Invocation i) {
        run.record(i)
        i.requireBody().call()
    }

    Object retry(Invocation i) {
        run.record(i)
        int count = i.arg('count') as int
        for (int attempt = 1; ; attempt++) {
            try {
                return i.requireBody().call()
            } catch (HarnessError | FlowInterruptedException e) {
                throw e
            } catch (Throwable e) {
                if (attempt >= count) {
                    throw e
                }
            }
        }
    }

    Object sleep(Invocation i) { run.record(i); null }

    Object waitUntil(Invocation i) {
        run.record(i)
        for (int attempt = 0; attempt < 20; attempt++) {
            if (i.requireBody().call()) {
                return null
            }
        }
        throw new HarnessError('waitUntil: condition still false after 20 attempts; script the scenario so it turns true')
    }

    Object withEnv(Invocation i) {
        run.record(i)
        Map<String, String> overlay = [:]
        (i.arg('overrides') as List).each { entry ->
            String text = entry.toString()
            int eq = text.indexOf('=')
            if (eq < 1) {
                throw new IllegalArgumentException("withEnv entry '${text}' is not NAME=value")
            }
            overlay[text.substring(0, eq)] = text.substring(eq + 1)
        }
        Context.within(run.context.envOverlays, overlay) { i.requireBody().call() }
    }

    Object withCredentials(Invocation i) {
        run.record(i)
        List<Map> bound = (i.arg('bindings') as List).collectMany { run.credentials.bind((Map) it) }
        withBound(bound, i.requireBody())
    }

    /** Binds credential variables for the duration of body (also used by `environment`). */
    Object withBound(List<Map> bound, Closure body) {
        Map<String, String> overlay = [:]
        bound.each { overlay[it.variable as String] = it.value as String }
        Context.within(run.context.envOverlays, overlay) {
            bound.each { run.context.credentials << it }
            try {
                return body.call()
            } finally {
                bound.each { run.context.credentials.remove(run.context.credentials.size() - 1) }
            }
        }
    }

    Object stage(Invocation i) {
        String name = i.string('name')
        run.trace.add([type: 'stage', name: name, path: run.context.stagePath() + [name], status: 'entered'])
        Context.within(run.context.stages, [name: name]) { i.requireBody().call() }
    }

    Object properties(Invocation i) { run.record(i); null }

    Object pipeline(Invocation i) {
        new DeclarativeRunner(run).execute(i.requireBody())
    }

    Object library(Invocation i) { run.record(i); null }

    Object isUnix(Invocation i) { true }

    Object build(Invocation i) { run.record(i); [result: 'SUCCESS', number: 1] }

    Object mail(Invocation i) { run.record(i); null }

    Object timestamps(Invocation i) { i.requireBody().call() }

    Object ansiColor(Invocation i) { i.requireBody().call() }
}
