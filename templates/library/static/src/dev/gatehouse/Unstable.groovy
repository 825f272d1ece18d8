package dev.gatehouse

/**
 * Marks the build UNSTABLE and remembers why in GATEHOUSE_UNSTABLE, so the pipeline's `unstable`
 * notice can tell Slack the reason (failing tests, a release PR build that was not blessed).
 */
class Unstable implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Unstable(def script) {
    this.script = script
  }

  void mark(String reason) {
    String before = script.env.GATEHOUSE_UNSTABLE
    script.env.GATEHOUSE_UNSTABLE = before ? before + '; ' + reason : reason
    script.unstable('gatehouse: ' + reason)
  }
}
