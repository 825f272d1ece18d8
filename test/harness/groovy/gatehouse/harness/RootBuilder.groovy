package gatehouse.harness

class RootBuilder extends Builder {
    final PipelineModel root = new PipelineModel()

    RootBuilder(Run run) { super(run) }

    void agent(Object spec) { root.agent = spec }
    void options(Closure c) { root.options = new OptionsBuilder(run).collect(c).options }
    void environment(Closure c) { root.environment = c }
    void stages(Closure c) { root.stages = new StagesBuilder(run).collect(c).stages }
    void post(Closure c) { root.post = new PostBuilder(run).collect(c).conditions }
    void parameters(Closure c) { root.parameters = new CallCollector(run).collect(c).calls }
    void triggers(Closure c) { root.triggers = new CallCollector(run).collect(c).calls }

    def methodMissing(String name, Object args) { unknown('pipeline', name) }
}
