package gatehouse.harness

class AgentBuilder extends Builder {
    Map spec = [:]

    AgentBuilder(Run run) { super(run) }

    void label(String value) { spec = [type: 'label', label: value] }

    void kubernetes(Closure c) { spec = [type: 'kubernetes'] + new KubernetesBuilder(run).collect(c).values }

    void node(Closure c) { spec = [type: 'label'] + new KubernetesBuilder(run).collect(c).values }

    def methodMissing(String name, Object args) {
        throw new HarnessError("agent type '${name}' is not modeled by the harness")
    }
}
