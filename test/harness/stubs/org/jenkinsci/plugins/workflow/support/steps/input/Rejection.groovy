package org.jenkinsci.plugins.workflow.support.steps.input

import jenkins.model.CauseOfInterruption

// Stand-in for the input step's Rejection: an approver pressed Abort ("Rejected by <user>").
class Rejection extends CauseOfInterruption {
    final String userName

    Rejection(String userName) {
        this.userName = userName
    }

    String getShortDescription() {
        userName ? "Rejected by ${userName}".toString() : 'Rejected'
    }
}
