package gatehouse.harness

/**
 * Declarative's WhenEvaluator: the stage's `when` is evaluated once, at the earliest point its
 * before* flags ask for (options, input, agent) or, by default, inside the stage's agent.
 */
class WhenState {
    private final Run run
    private final Closure whenBody
    private Map<String, Boolean> flags
    boolean passed

    WhenState(Run run, StageModel stage) {
        this.run = run
        this.whenBody = stage.when
        this.passed = whenBody == null
    }

    /** @param point 'beforeOptions', 'beforeInput', 'beforeAgent', or null for the default point */
    boolean passedOrNotEvaluated(String point) {
        if (passed) {
            return true
        }
        if (point != null && !flag(point)) {
            return true
        }
        WhenBuilder builder = (WhenBuilder) new WhenBuilder(run).collect(whenBody)
        passed = builder.evaluate()
        run.trace.add([type: 'when', path: run.context.stagePath(), at: point ?: 'default', passed: passed,
                       conditions: builder.described.collect { it.toString() }])
        passed
    }

    private boolean flag(String point) {
        if (flags == null) {
            WhenBuilder builder = (WhenBuilder) new WhenBuilder(run).collect(whenBody)
            flags = [beforeOptions: builder.beforeOptions, beforeInput: builder.beforeInput, beforeAgent: builder.beforeAgent]
        }
        flags[point]
    }
}
