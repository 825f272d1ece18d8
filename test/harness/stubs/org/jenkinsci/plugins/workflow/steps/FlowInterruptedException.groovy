package org.jenkinsci.plugins.workflow.steps

import hudson.model.Result

// Stand-in for the exception Jenkins throws when a build is interrupted: an `input` rejected by
// an approver, a `timeout` that expired, a user abort. Its result is normally ABORTED.
class FlowInterruptedException extends InterruptedException {
    final Result result
    final List<Object> causes

    FlowInterruptedException(Result result, Object... causes) {
        super(causes ? causes[0].toString() : result.toString())
        this.result = result
        this.causes = causes as List
    }
}
