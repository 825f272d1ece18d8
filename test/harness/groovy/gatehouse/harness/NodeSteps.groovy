package gatehouse.harness

import hudson.AbortException
import hudson.model.Result
import java.util.regex.Pattern
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException

/** Steps that need an agent: sh, workspace files, checkout, stash, container, node. */
class NodeSteps {
    private final Run run
    private final List<Map> shRules
    private final Map<String, Map<String, String>> stashes = [:]

    NodeSteps(Run run) {
        this.run = run
        this.shRules = (run.scenario.sh as List<Map> ?: []).collect { new LinkedHashMap(it) }
    }

    void register(Map<String, Closure> steps) {
        ['node', 'container', 'dir', 'sh', 'writeFile', 'readFile', 'fileExists', 'checkout', 'git',
         'archiveArtifacts', 'stash', 'unstash', 'deleteDir', 'cleanWs', 'writeJSON'].each { String name ->
            steps[name] = this.&"${name}"
        }
    }

    /** Enters an agent: a fresh workspace, and for a pod the container names it declares. */
    Object onAgent(String description, boolean pod, List<String> containers, Closure body) {
        AgentNode node = new AgentNode(description: description, pod: pod, containers: containers)
        Context.within(run.context.nodes, node) { body.call() }
    }

    Object node(Invocation i) {
        run.record(i)
        onAgent("label:${i.string('label', '')}", false, null, i.requireBody())
    }

    Object container(Invocation i) {
        run.requireNode('container')
        run.record(i)
        String name = i.string('name')
        AgentNode node = run.context.currentNode()
        if (!node.pod) {
            throw new AbortException("container('${name}') needs a Kubernetes pod agent")
        }
        List<String> known = node.containers
        if (known != null && !known.contains(name)) {
            throw new AbortException("container [${name}] does not exist in pod (containers: ${known})")
        }
        Context.within(run.context.containers, name) { i.requireBody().call() }
    }

    Object dir(Invocation i) {
        run.requireNode('dir')
        run.record(i)
        i.requireBody().call()
    }

    Object sh(Invocation i) {
        run.requireNode('sh')
        String script = i.string('script')
        boolean returnStdout = i.flag('returnStdout')
        boolean returnStatus = i.flag('returnStatus')
        if (returnStdout && returnStatus) {
            throw new IllegalArgumentException('sh: returnStdout and returnStatus cannot both be set')
        }
        Map rule = shRules.find { matches(it, script) }
        if (rule?.once) {
            shRules.remove(rule)
        }
        int exitCode = (rule?.exitCode ?: 0) as int
        String stdout = rule?.stdout ?: ''
        run.record(i, [exitCode: exitCode, stdout: stdout, rule: rule?.name, interrupted: rule?.interrupt])
        if (rule?.interrupt) {
            // The build was interrupted while the script ran (the enclosing timeout expired, or a
            // user aborted): Jenkins kills the process and the step throws.
            throw new FlowInterruptedException(Result.ABORTED, rule.interrupt == 'timeout'
                ? new ExceededTimeout() : new UserInterruption('anonymous'))
        }
        (rule?.writes as Map ?: [:]).each { path, text -> workspace()[path.toString()] = text.toString() }
        if (returnStatus) {
            return exitCode
        }
        if (exitCode != 0) {
            throw new AbortException("script returned exit code ${exitCode}")
        }
        returnStdout ? stdout : null
    }

    private boolean matches(Map rule, String script) {
        if (rule.match && !Pattern.compile(rule.match as String).matcher(script).find()) {
            return false
        }
        if (rule.any && !mentions(Pattern.compile(rule.any as String), script)) {
            return false
        }
        if (rule.stage && !Pattern.compile(rule.stage as String).matcher(run.context.stagePath().join(' / ')).find()) {
            return false
        }
        (rule.env as Map ?: [:]).every { name, pattern ->
            String value = run.env.get(name.toString())
            value != null && Pattern.compile(pattern.toString()).matcher(value).find()
        }
    }

    /** The script or a value it can read from withEnv/environment: commands often travel in variables. */
    private boolean mentions(Pattern pattern, String script) {
        pattern.matcher(script).find() || run.context.envOverlays.any { Map<String, String> overlay ->
            overlay.values().any { it != null && pattern.matcher(it).find() }
        }
    }

    private Map<String, String> workspace() { run.context.currentNode().workspace }

    Object writeFile(Invocation i) {
        run.requireNode('writeFile')
        run.record(i)
        workspace()[i.string('file')] = i.string('text')
        null
    }

    Object readFile(Invocation i) {
        run.requireNode('readFile')
        run.record(i)
        String path = i.string('file')
        String secret = run.credentials.fileContent(path)
        if (secret != null) {
            return secret
        }
        if (!workspace().containsKey(path)) {
            throw new NoSuchWorkspaceFile(path)
        }
        workspace()[path]
    }

    Object fileExists(Invocation i) {
        run.requireNode('fileExists')
        run.record(i)
        workspace().containsKey(i.string('file'))
    }

    Object checkout(Invocation i) {
        run.requireNode('checkout')
        run.record(i)
        workspace().putAll((run.scenario.workspace as Map ?: [:]).collectEntries { k, v -> [k.toString(), v.toString()] })
        [GIT_COMMIT: run.env.get('GIT_COMMIT'), GIT_BRANCH: run.env.get('BRANCH_NAME')]
    }

    Object git(Invocation i) { checkout(i) }

    Object archiveArtifacts(Invocation i) {
        run.requireNode('archiveArtifacts')
        run.record(i)
        null
    }

    Object stash(Invocation i) {
        run.requireNode('stash')
        run.record(i)
        // Stashes the whole workspace: include/exclude patterns are not modeled.
        stashes[i.string('name')] = new LinkedHashMap<String, String>(workspace())
        null
    }

    Object unstash(Invocation i) {
        run.requireNode('unstash')
        run.record(i)
        Map<String, String> saved = stashes[i.string('name')]
        if (saved == null) {
            throw new AbortException("No such saved stash '${i.string('name')}'")
        }
        workspace().putAll(saved)
        null
    }

    Object deleteDir(Invocation i) {
        run.requireNode('deleteDir')
        run.record(i)
        workspace().clear()
        null
    }

    Object cleanWs(Invocation i) { deleteDir(i) }

    Object writeJSON(Invocation i) {
        run.requireNode('writeJSON')
        run.record(i)
        workspace()[i.string('file')] = groovy.json.JsonOutput.toJson(i.arg('json'))
        null
    }
}
