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

  /** True when the timeout step ended the body (TimeoutStepExecution.ExceededTimeout). */
  @NonCPS
  static boolean timedOut(FlowInterruptedException interruption) {
    return interruption.causes.any { it.getClass().simpleName == 'ExceededTimeout' }
  }

  /** Who pressed an input's Abort (its Rejection cause, "Rejected by <user>"), or null for any other interruption. */
  @NonCPS
  static String abortedBy(FlowInterruptedException interruption) {
    def rejection = interruption.causes.find { it.getClass().simpleName == 'Rejection' }
    return rejection == null ? null : String.valueOf(rejection.shortDescription).replaceFirst('^Rejected by ', '')
  }
}
