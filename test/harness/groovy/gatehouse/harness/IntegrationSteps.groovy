package gatehouse.harness

import groovy.json.JsonSlurper
import hudson.AbortException
import hudson.model.Result
import java.util.regex.Pattern
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException
import org.jenkinsci.plugins.workflow.support.steps.input.Rejection

/** Steps that talk to people and plugins: input, lock, milestone, Slack, reports, library files. */
class IntegrationSteps {
    private final Run run
    private final List<Map> inputRules
    private Integer lastMilestone = null

    IntegrationSteps(Run run) {
        this.run = run
        this.inputRules = (run.scenario.inputs as List<Map> ?: []).collect { new LinkedHashMap(it) }
    }

    void register(Map<String, Closure> steps) {
        ['input', 'lock', 'milestone', 'slackSend', 'libraryResource', 'readJSON', 'junit', 'recordCoverage']
            .each { String name -> steps[name] = this.&"${name}" }
    }

    /**
     * Answers an input from the scenario's scripted approvals. The approver must be allowed by
     * `submitter` (user ids or groups, comma-separated), as Jenkins enforces.
     */
    Object input(Invocation i) {
        String message = i.string('message')
        String id = i.string('id', message)
        Map rule = inputRules.find { Pattern.compile(it.match as String).matcher("${id}\n${message}").find() }
        if (rule == null) {
            run.record(i, [outcome: 'unanswered'])
            throw new HarnessError("scenario has no answer for input '${id}' (${message})")
        }
        if (rule.once) {
            inputRules.remove(rule)
        }
        String user = rule.user ?: 'anonymous'
        if (user == '$submitter') {
            // "whoever the input names first": the test then checks the submitter lists themselves.
            user = (i.string('submitter') ?: 'anonymous').split(',')[0].trim()
        }
        String action = rule.action ?: 'approve'
        if (action == 'approve' && !allowed(user, i.string('submitter'))) {
            run.record(i, [outcome: 'forbidden', user: user])
            throw new HarnessError("scenario approver '${user}' may not approve input '${id}' (submitter: ${i.string('submitter')})")
        }
        run.record(i, [outcome: action, user: user])
        if (action == 'reject') {
            throw new FlowInterruptedException(Result.ABORTED, new Rejection(user))
        }
        if (action == 'timeout') {
            // The enclosing timeout step expired while the input waited.
            throw new FlowInterruptedException(Result.ABORTED, new ExceededTimeout())
        }
        Map values = new LinkedHashMap(rule.parameters as Map ?: [:])
        String submitterParameter = i.string('submitterParameter')
        if (submitterParameter) {
            values[submitterParameter] = user
        }
        List parameters = i.arg('parameters') as List ?: []
        if (values.isEmpty() && parameters.isEmpty()) {
            return null
        }
        values.size() == 1 && parameters.size() <= 1 ? values.values().first() : values
    }

    private boolean allowed(String user, String submitter) {
        if (!submitter) {
            return true
        }
        Set<String> names = submitter.split(',').collect { it.trim() } as Set
        List<String> groups = (run.scenario.users as Map ?: [:])[user] as List ?: []
        names.contains(user) || groups.any { names.contains(it) }
    }

    Object lock(Invocation i) {
        String resource = i.string('resource') ?: "label:${i.string('label')}"
        run.record(i)
        Context.within(run.context.locks, resource) { i.requireBody().call() }
    }

    Object milestone(Invocation i) {
        run.record(i)
        Object ordinal = i.arg('ordinal')
        if (ordinal != null) {
            int value = ordinal as int
            if (lastMilestone != null && value <= lastMilestone) {
                throw new AbortException("Invalid ordinal ${value}, as the previous one was ${lastMilestone}")
            }
            lastMilestone = value
        }
        null
    }

    /**
     * Models the Slack Notification plugin's SlackSendStep (jenkinsci/slack-plugin): the token is a
     * secret text credential; when none is found the step logs an error and returns null, even
     * with failOnError. Without botUser the plugin posts to the legacy Jenkins CI webhook
     * (https://<teamDomain>.slack.com/services/hooks/jenkins-ci?token=...), which refuses a bot
     * token; with botUser it calls chat.postMessage with the token as a Bearer header. A post that
     * fails throws only with failOnError; otherwise the message is lost and the build goes on.
     * The trace records where it posted and whether Slack took it.
     */
    Object slackSend(Invocation i) {
        Map credential = run.credentials.find(i.string('tokenCredentialId'))
        boolean botUser = i.flag('botUser')
        String url = botUser ? 'https://slack.com/api/chat.postMessage'
            : "https://${i.string('teamDomain', 'null')}.slack.com/services/hooks/jenkins-ci".toString()
        String problem = null
        if (credential == null || credential.type != 'string') {
            problem = "no secret text credential '${i.string('tokenCredentialId')}'"
            run.record(i, [delivered: false, url: null, problem: problem])
            return null
        }
        if (!i.string('message') && i.arg('attachments') == null && i.arg('blocks') == null) {
            problem = 'No message, attachments or blocks provided'
        } else if (!botUser) {
            problem = 'the legacy Jenkins CI webhook does not accept a bot token'
        } else if ((run.scenario.slack as Map ?: [:]).down) {
            problem = 'Slack answered ok: false'
        }
        run.record(i, [delivered: problem == null, url: url, problem: problem])
        if (problem == null) {
            return [channelId: i.string('channel'), ts: '1']
        }
        if (i.flag('failOnError')) {
            run.currentBuild.result = 'FAILURE'
            throw new AbortException('Slack notification failed. See Jenkins logs for details.')
        }
        null
    }

    Object libraryResource(Invocation i) {
        run.record(i)
        run.library.resource(i.string('resource'))
    }

    Object readJSON(Invocation i) {
        run.record(i)
        String text = i.string('text')
        if (text == null) {
            run.requireNode('readJSON')
            text = run.context.currentNode().workspace[i.string('file')]
            if (text == null) {
                throw new NoSuchWorkspaceFile(i.string('file'))
            }
        }
        new JsonSlurper().parseText(text)
    }

    /** Publishes test results; failed tests make the build (and stage) UNSTABLE, as in Jenkins. */
    Object junit(Invocation i) {
        run.requireNode('junit')
        String pattern = i.string('testResults')
        Map rule = (run.scenario.junit as List<Map> ?: []).find { Pattern.compile(it.match as String).matcher(pattern).find() }
        Map summary = [totalCount: (rule?.total ?: 10) as int, failCount: (rule?.failed ?: 0) as int, skipCount: 0]
        summary.passCount = summary.totalCount - summary.failCount
        if (rule?.missing && !i.flag('allowEmptyResults')) {
            run.record(i, [summary: null])
            throw new AbortException("No test report files were found. Configuration error? (${pattern})")
        }
        run.record(i, [summary: summary])
        if (summary.failCount > 0) {
            run.currentBuild.result = 'UNSTABLE'
            run.context.warnStage(Result.UNSTABLE)
        }
        summary
    }

    Object recordCoverage(Invocation i) {
        run.requireNode('recordCoverage')
        run.record(i)
        null
    }
}
