package gatehouse.harness

/** An agent the build is inside: a node or a Kubernetes pod, with its own workspace. */
class AgentNode {
    String description
    boolean pod
    /** Container names of the pod; null when unknown (pod from yamlFile) or not a pod. */
    List<String> containers
    Map<String, String> workspace = [:]
}
