package gatehouse.harness

import jenkins.model.CauseOfInterruption

/** A user pressed abort (Jenkins' CauseOfInterruption.UserInterruption). */
class UserInterruption extends CauseOfInterruption {
    final String user

    UserInterruption(String user) {
        this.user = user
    }

    String getShortDescription() {
        "Aborted by ${user}".toString()
    }
}
