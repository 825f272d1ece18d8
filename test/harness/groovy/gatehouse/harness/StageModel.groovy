package gatehouse.harness

/** One `stage {}`: steps, or nested sequential stages, or parallel stages. */
class StageModel {
    String name
    Object agent
    Closure when
    Closure environment
    List<Map> options = []
    Closure input
    Closure steps
    List<StageModel> stages
    List<StageModel> parallel
    boolean failFast
    Map<String, Closure> post = [:]
}
