package gatehouse.harness

import hudson.model.Result
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException

/**
 * Runs a declarative model with the ordering of Jenkins' ModelInterpreter (pipeline-model-definition):
 * per stage, `when` is evaluated before options (beforeOptions), before input (beforeInput),
 * before the agent (beforeAgent), or by default inside the agent; the stage environment follows;
 * after a failure the remaining stages are skipped and post blocks still run, in Jenkins' order.
 */
class DeclarativeRunner {
    private final Run run
    private PipelineModel root

    DeclarativeRunner(Run run) {
        this.run = run
    }

    Object execute(Closure pipelineBody) {
        root = ((RootBuilder) new RootBuilder(run).collect(pipelineBody)).root
        run.trace.add([type: 'pipeline', agent: describeAgentSpec(root.agent), options: Invocation.plain(root.options),
                       parameters: root.parameters, triggers: root.triggers, stages: root.stages*.name])
        Throwable firstError = null
        boolean postRun = false
        try {
            inAgent(root.agent) {
                withEnvironment(root.environment) {
                    inWrappers(root.options) {
                        firstError = evaluateSequential(root.stages, null, null, null)
                        postRun = true
                        firstError = runPost(root.post, firstError, null)
                        if (firstError != null) {
                            throw firstError
                        }
                    }
                }
            }
        } catch (HarnessError e) {
            throw e
        } catch (Throwable e) {
            firstError = firstError ?: e
        } finally {
            if (!postRun) {
                firstError = runPost(root.post, firstError, null)
            }
        }
        if (firstError != null) {
            throw firstError
        }
        null
    }

    private Throwable evaluateSequential(List<StageModel> stages, Throwable error, StageModel parent, String skipped) {
        Throwable firstError = error
        try {
            stages.each { StageModel stage ->
                try {
                    evaluateStage(stage, firstError, skipped)
                } catch (HarnessError e) {
                    throw e
                } catch (Throwable e) {
                    firstError = firstError ?: e
                }
            }
        } finally {
            if (skipped == null && parent != null) {
                firstError = runPost(parent.post, firstError, parent.name)
            }
        }
        firstError
    }

    private void evaluateStage(StageModel stage, Throwable incoming, String parentSkipped) {
        Throwable firstError = incoming
        String skipped = parentSkipped
        Context.within(run.context.stages, [name: stage.name]) {
            try {
                if (skipped != null) {
                    skip(stage, skipped, firstError)
                } else if (firstError != null) {
                    skipped = 'failure'
                    skip(stage, skipped, firstError)
                } else if (skipUnstable()) {
                    skipped = 'unstable'
                    skip(stage, skipped, firstError)
                } else {
                    WhenState when = new WhenState(run, stage)
                    runStage(stage, when, firstError)
                    if (!when.passed) {
                        skipped = 'when'
                        skip(stage, skipped, firstError)
                    }
                }
            } catch (HarnessError e) {
                throw e
            } catch (Throwable e) {
                run.trace.add([type: 'stageFailed', path: run.context.stagePath(), error: e.toString()])
                firstError = firstError ?: e
            } finally {
                if (skipped == null && stage.parallel != null) {
                    firstError = runPost(stage.post, firstError, stage.name)
                }
            }
        }
        if (firstError != null) {
            throw firstError
        }
    }

    private void runStage(StageModel stage, WhenState when, Throwable firstError) {
        if (!when.passedOrNotEvaluated('beforeOptions')) {
            return
        }
        inWrappers(stage.options) {
            if (!when.passedOrNotEvaluated('beforeInput')) {
                return
            }
            stageInput(stage.input) {
                if (stage.parallel != null) {
                    if (when.passedOrNotEvaluated(null)) {
                        entered(stage)
                        withEnvironment(stage.environment) { run.invoke('parallel', [parallelBranches(stage, firstError)] as Object[]) }
                    }
                } else if (when.passedOrNotEvaluated('beforeAgent')) {
                    inAgent(stage.agent, stage) {
                        if (when.passedOrNotEvaluated(null)) {
                            entered(stage)
                            withEnvironment(stage.environment) {
                                if (stage.stages != null) {
                                    Throwable nested = evaluateSequential(stage.stages, firstError, stage, null)
                                    if (nested != null) {
                                        throw nested
                                    }
                                } else {
                                    executeSingleStage(stage)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private Map parallelBranches(StageModel stage, Throwable firstError) {
        Map branches = [:]
        stage.parallel.each { StageModel child -> branches[child.name] = { evaluateStage(child, firstError, null) } }
        if (stage.failFast || root.options.any { it.name == 'parallelsAlwaysFailFast' }) {
            branches.failFast = true
        }
        branches
    }

    private void entered(StageModel stage) {
        // The locks held when the stage starts: a stage-level lock option covers nested stages too.
        run.trace.add([type: 'stage', name: stage.name, path: run.context.stagePath(), status: 'entered',
                       locks: new ArrayList<String>(run.context.locks)])
    }

    private void skip(StageModel stage, String reason, Throwable firstError) {
        run.trace.add([type: 'stage', name: stage.name, path: run.context.stagePath(), status: 'skipped', reason: reason])
        (stage.parallel ?: []).each { StageModel child ->
            try {
                evaluateStage(child, firstError, reason)
            } catch (HarnessError e) {
                throw e
            } catch (Throwable ignored) {
                // the error that caused the skip is already recorded
            }
        }
        if (stage.stages != null) {
            evaluateSequential(stage.stages, firstError, stage, reason)
        }
    }

    private boolean skipUnstable() {
        run.currentBuild.result == 'UNSTABLE' && root.options.any { it.name == 'skipStagesAfterUnstable' }
    }

    private void executeSingleStage(StageModel stage) {
        if (stage.steps == null) {
            throw new IllegalArgumentException("stage '${stage.name}' has no steps, stages or parallel")
        }
        Throwable stageError = null
        try {
            run.runClosure(stage.steps, run.scriptInstance)
        } catch (HarnessError e) {
            throw e
        } catch (Throwable e) {
            stageError = e
        } finally {
            stageError = runPost(stage.post, stageError, stage.name)
        }
        if (stageError != null) {
            throw stageError
        }
    }

    private void stageInput(Closure inputBody, Closure body) {
        if (inputBody == null) {
            body.call()
            return
        }
        Map spec = ((InputBuilder) new InputBuilder(run).collect(inputBody)).spec
        List parameters = spec.parameters as List ?: []
        Map args = spec.findAll { it.value != null }
        Object submitted = run.invoke('input', [args] as Object[])
        Map<String, String> overlay = [:]
        if (submitted instanceof Map) {
            ((Map) submitted).each { k, v -> overlay[k.toString()] = v?.toString() }
        } else if (spec.submitterParameter) {
            overlay[spec.submitterParameter as String] = submitted?.toString()
        } else if (parameters.size() == 1) {
            overlay[(parameters[0] as Map).args[0].name as String] = submitted?.toString()
        }
        Context.within(run.context.envOverlays, overlay) { body.call() }
    }

    private void withEnvironment(Closure environmentBody, Closure body) {
        if (environmentBody == null) {
            body.call()
            return
        }
        EnvironmentBuilder builder = (EnvironmentBuilder) new EnvironmentBuilder(run).collect(environmentBody)
        List<Map> bound = builder.credentials.collectMany { run.credentials.bindEnvironment(it[0], it[1]) }
        new FlowSteps(run).withBound(bound) {
            Context.within(run.context.envOverlays, builder.values) { body.call() }
        }
    }

    private void inWrappers(List<Map> options, Closure body) {
        List<Map> wrappers = options.findAll { it.name in Directives.WRAPPERS }
        if (wrappers.isEmpty()) {
            body.call()
            return
        }
        Map first = wrappers[0]
        List<Map> rest = options - [first]
        run.invoke(first.name as String, (first.args + [{ inWrappers(rest, body) }]) as Object[])
    }

    private void inAgent(Object spec, StageModel stage = null, Closure body) {
        if (spec == null || spec == 'none') {
            body.call()
            return
        }
        Map agent = spec == 'any' ? [type: 'any'] : ((AgentBuilder) new AgentBuilder(run).collect((Closure) spec)).spec
        boolean pod = agent.type == 'kubernetes'
        List<String> containers = pod && agent.yaml ? ['jnlp'] + PodYaml.containerNames(agent.yaml as String) : null
        run.trace.add([type: 'agent', path: run.context.stagePath(), agent: Invocation.plain(agent), containers: containers])
        AgentNode node = new AgentNode(description: agent.type == 'label' ? "label:${agent.label}" : agent.type,
            pod: pod, containers: containers)
        Context.within(run.context.nodes, node) {
            boolean skipCheckout = (root.options + (stage?.options ?: [])).any { it.name == 'skipDefaultCheckout' && it.args != [false] }
            if (!skipCheckout) {
                run.invoke('checkout', [run.scm] as Object[])
            }
            String defaultContainer = agent.defaultContainer
            if (pod && defaultContainer) {
                if (containers != null && !containers.contains(defaultContainer)) {
                    throw new hudson.AbortException("defaultContainer '${defaultContainer}' is not a container of the pod ${containers}")
                }
                Context.within(run.context.containers, defaultContainer) { body.call() }
            } else {
                body.call()
            }
        }
    }

    private static Object describeAgentSpec(Object spec) {
        spec instanceof Closure ? 'block' : spec
    }

    /** Runs the post conditions that hold, in Jenkins' order, each with the logical result set. */
    private Throwable runPost(Map<String, Closure> post, Throwable error, String stageName) {
        Throwable stageError = error
        Directives.POST_CONDITIONS.each { String condition ->
            Closure block = post?.get(condition)
            if (block == null || !meets(condition, stageError, stageName)) {
                return
            }
            Result original = run.currentBuild.rawResult
            Result logical = combined(stageError, stageName != null)
            run.trace.add([type: 'post', condition: condition, scope: stageName ?: 'pipeline', path: run.context.stagePath(),
                           result: logical.toString()])
            try {
                run.currentBuild.forceResult(logical)
                run.runClosure(block, run.scriptInstance)
            } catch (HarnessError e) {
                throw e
            } catch (Throwable e) {
                run.trace.add([type: 'postFailed', condition: condition, error: e.toString()])
                stageError = stageError ?: e
            } finally {
                Result now = run.currentBuild.rawResult ?: Result.SUCCESS
                if (now == logical && logical != original) {
                    run.currentBuild.forceResult(original)
                }
            }
        }
        stageError
    }

    private boolean meets(String condition, Throwable error, String stageName) {
        Result result = combined(error, stageName != null)
        Result overall = combined(error, false)
        String previous = run.currentBuild.previousBuild?.result
        Result prev = previous == null ? null : Result.fromString(previous)
        switch (condition) {
            case ['always', 'cleanup']: return true
            case 'changed': return prev == null || overall != prev
            case 'fixed': return prev != null && overall == Result.SUCCESS && prev in [Result.FAILURE, Result.UNSTABLE]
            case 'regression': return prev != null && overall.isWorseThan(prev)
            case 'aborted': return result == Result.ABORTED
            case 'success': return result == Result.SUCCESS
            case 'unsuccessful': return result != Result.SUCCESS
            case 'unstable': return result == Result.UNSTABLE
            case 'failure': return result == Result.FAILURE
            case 'notBuilt': return result == Result.NOT_BUILT
        }
        false
    }

    /** BuildCondition.getCombinedResult: the build's result, worsened by the error or stage warnings. */
    private Result combined(Throwable error, boolean inStage) {
        Result errorResult = Result.SUCCESS
        if (inStage && run.context.stages && run.context.stages[-1].warning != null) {
            errorResult = (Result) run.context.stages[-1].warning
        }
        if (error != null) {
            errorResult = error instanceof FlowInterruptedException ? ((FlowInterruptedException) error).result : Result.FAILURE
        }
        (run.currentBuild.rawResult ?: Result.SUCCESS).combine(errorResult)
    }
}
