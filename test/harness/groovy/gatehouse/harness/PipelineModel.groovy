package gatehouse.harness

/** The `pipeline {}` block as collected; late-evaluated directives stay closures. */
class PipelineModel {
    Object agent
    List<Map> options = []
    Closure environment
    List<StageModel> stages = []
    Map<String, Closure> post = [:]
    List parameters = []
    List triggers = []
}
