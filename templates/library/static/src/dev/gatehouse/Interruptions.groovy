package dev.gatehouse

import com.cloudbees.groovy.cps.NonCPS
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException

/** Why Jenkins interrupted a step, in its own words: "Rejected by alice", "Timeout has been exceeded". */
class Interruptions implements Serializable {
  private static final long serialVersionUID = 1L

  @NonCPS
  static String describe(FlowInterruptedException interruption) {
    List<String> said = []
    for (def cause : interruption.causes) {
      said << String.valueOf(cause.shortDescription)
    }
    return said ? said.join('; ') : 'interrupted'
  }
}
