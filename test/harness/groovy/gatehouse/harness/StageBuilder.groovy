package gatehouse.harness

class StageBuilder extends Builder {
    final StageModel stage

    StageBuilder(Run run, String name) {
        super(run)
        stage = new StageModel(name: name)
    }

    void agent(Object spec) { stage.agent = spec }
    void when(Closure c) { stage.when = c }
    void environment(Closure c) { stage.environment = c }
    void options(Closure c) { stage.options = new OptionsBuilder(run).collect(c).options }
    void input(Closure c) { stage.input = c }
    void steps(Closure c) { stage.steps = c }
    void stages(Closure c) { stage.stages = new StagesBuilder(run).collect(c).stages }
    void parallel(Closure c) { stage.parallel = new StagesBuilder(run).collect(c).stages }
    void failFast(boolean value) { stage.failFast = value }
    void post(Closure c) { stage.post = new PostBuilder(run).collect(c).conditions }

    def methodMissing(String name, Object args) { unknown("stage '${stage.name}'", name) }
}
