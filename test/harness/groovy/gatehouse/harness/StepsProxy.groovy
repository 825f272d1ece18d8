package gatehouse.harness

/** The `steps` object that library classes receive: every call is a step call. */
class StepsProxy {
    private final Run run

    StepsProxy(Run run) {
        this.run = run
    }

    def methodMissing(String name, Object args) {
        run.invoke(name, args as Object[])
    }
}
