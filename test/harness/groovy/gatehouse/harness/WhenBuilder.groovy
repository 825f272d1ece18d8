package gatehouse.harness

/**
 * Evaluates a `when {}` block like Declarative's conditionals: every top-level condition must
 * hold (an implicit allOf); anyOf stops at the first true one. The before* flags are read too.
 */
class WhenBuilder extends Builder {
    final List<Closure<Boolean>> conditions = []
    final List<String> described = []
    boolean beforeAgent
    boolean beforeInput
    boolean beforeOptions

    WhenBuilder(Run run) { super(run) }

    void beforeAgent(boolean value) { beforeAgent = value }
    void beforeInput(boolean value) { beforeInput = value }
    void beforeOptions(boolean value) { beforeOptions = value }

    boolean evaluate() { conditions.every { it.call() } }

    private void add(String description, Closure<Boolean> condition) {
        described << description
        conditions << condition
    }

    void branch(Object spec) {
        String pattern = spec instanceof Map ? spec.pattern : spec
        String comparator = spec instanceof Map ? spec.comparator : null
        add("branch ${pattern}") {
            String actual = run.env.get('BRANCH_NAME') ?: run.env.get('GIT_LOCAL_BRANCH')
            if (!actual || !pattern) {
                return !actual && !pattern
            }
            compare(comparator ?: 'GLOB', pattern, actual)
        }
    }

    /** Attributes map to CHANGE_* variables; the default comparator here is EQUALS. */
    void changeRequest(Map attributes = [:]) {
        Map<String, String> variables = [id: 'CHANGE_ID', target: 'CHANGE_TARGET', branch: 'CHANGE_BRANCH',
            fork: 'CHANGE_FORK', url: 'CHANGE_URL', title: 'CHANGE_TITLE', author: 'CHANGE_AUTHOR',
            authorDisplayName: 'CHANGE_AUTHOR_DISPLAY_NAME', authorEmail: 'CHANGE_AUTHOR_EMAIL']
        attributes.keySet().each { key ->
            if (key != 'comparator' && !variables.containsKey(key)) {
                throw new IllegalArgumentException("changeRequest has no attribute '${key}'")
            }
        }
        String comparator = attributes.comparator ?: 'EQUALS'
        add("changeRequest ${attributes}") {
            if (!run.env.get('CHANGE_ID')) {
                return false
            }
            attributes.findAll { it.key != 'comparator' && it.value }.every { key, pattern ->
                compare(comparator, pattern.toString(), run.env.get(variables[key]) ?: '')
            }
        }
    }

    void expression(Closure body) {
        add('expression') { run.runClosure(body, run.scriptInstance) as boolean }
    }

    void environment(Map spec) {
        add("environment ${spec.name}=${spec.value}") {
            String actual = run.env.get(spec.name as String)
            String wanted = spec.value as String
            if (!actual) {
                return !wanted
            }
            spec.ignoreCase ? actual.equalsIgnoreCase(wanted) : actual == wanted
        }
    }

    void equals(Map spec) {
        add('equals') { spec.expected == spec.actual }
    }

    void buildingTag() { add('buildingTag') { run.env.get('TAG_NAME') != null } }

    void allOf(Closure body) {
        WhenBuilder nested = (WhenBuilder) new WhenBuilder(run).collect(body)
        add("allOf(${nested.described.join(', ')})") { nested.conditions.every { it.call() } }
    }

    void anyOf(Closure body) {
        WhenBuilder nested = (WhenBuilder) new WhenBuilder(run).collect(body)
        add("anyOf(${nested.described.join(', ')})") { nested.conditions.any { it.call() } }
    }

    void not(Closure body) {
        WhenBuilder nested = (WhenBuilder) new WhenBuilder(run).collect(body)
        if (nested.conditions.size() != 1) {
            throw new IllegalArgumentException('not {} takes exactly one condition')
        }
        add("not(${nested.described[0]})") { !nested.conditions[0].call() }
    }

    def methodMissing(String name, Object args) {
        throw new HarnessError("when condition '${name}' is not modeled by the harness")
    }

    private static boolean compare(String comparator, String pattern, String actual) {
        switch (comparator.toUpperCase()) {
            case 'EQUALS': return actual == pattern
            case 'REGEXP': return actual ==~ pattern
            case 'GLOB': return Glob.matchPath(pattern, actual)
            default: throw new IllegalArgumentException("unknown comparator ${comparator}")
        }
    }
}
