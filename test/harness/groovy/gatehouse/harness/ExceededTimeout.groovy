package gatehouse.harness

import jenkins.model.CauseOfInterruption

/** The timeout step's cause (TimeoutStepExecution.ExceededTimeout in workflow-basic-steps). */
class ExceededTimeout extends CauseOfInterruption {
    String getShortDescription() {
        'Timeout has been exceeded'
    }
}
