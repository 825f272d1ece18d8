package gatehouse.harness

class StagesBuilder extends Builder {
    final List<StageModel> stages = []

    StagesBuilder(Run run) { super(run) }

    void stage(String name, Closure c) {
        StageBuilder builder = new StageBuilder(run, name)
        builder.collect(c)
        stages << builder.stage
    }

    def methodMissing(String name, Object args) { unknown('stages', name) }
}
