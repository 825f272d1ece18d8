package gatehouse.harness

class InputBuilder extends Builder {
    final Map spec = [:]

    InputBuilder(Run run) { super(run) }

    def methodMissing(String name, Object args) {
        List values = args as List
        if (name == 'parameters') {
            spec.parameters = new CallCollector(run).collect(values[0] as Closure).calls
        } else if (name in ['message', 'id', 'ok', 'submitter', 'submitterParameter']) {
            spec[name] = values[0]?.toString()
        } else {
            run.invoke(name, args as Object[])
        }
        null
    }
}
