package gatehouse.harness

import hudson.model.Result

/**
 * Where execution is right now: enclosing stages, agent (node/pod), container, locks, withEnv
 * overlays, bound credentials and library calls. Every recorded step carries a snapshot of it,
 * so a test can ask "did helm upgrade run inside the deploy lock, in the helm container?".
 */
class Context {
    final List<Map<String, String>> envOverlays = []
    final List<Map> stages = []
    final List<AgentNode> nodes = []
    final List<String> containers = []
    final List<String> locks = []
    final List<Map> credentials = []
    final List<String> via = []


    /** Runs body with item pushed on list, popping it afterwards whatever happens. */
    static <T> T within(List list, Object item, Closure<T> body) {
        list.add(item)
        try {
            return body.call()
        } finally {
            list.remove(list.size() - 1)
        }
    }

    AgentNode currentNode() { nodes ? nodes[-1] : null }

    List<String> stagePath() { stages.collect { it.name as String } }

    /** Records a warning result on the innermost stage (catchError stageResult, unstable). */
    void warnStage(Result result) {
        if (stages) {
            Map frame = stages[-1]
            frame.warning = frame.warning == null ? result : ((Result) frame.warning).combine(result)
        }
    }

    Map snapshot() {
        Map<String, String> env = [:]
        envOverlays.each { env.putAll(it) }
        credentials.each { env.remove(it.variable) }
        [
            stage: stagePath(),
            node: currentNode()?.description,
            container: containers ? containers[-1] : null,
            locks: new ArrayList<String>(locks),
            env: env,
            credentials: credentials.collect { [variable: it.variable, credentialsId: it.credentialsId] },
            via: new ArrayList<String>(via),
        ]
    }
}
