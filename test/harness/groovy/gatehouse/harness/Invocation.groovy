package gatehouse.harness

/**
 * One step call, normalised the way Jenkins binds step arguments: named arguments, or a single
 * positional value for the step's default parameter, plus an optional trailing body closure.
 */
class Invocation {
    /** The default (positional) parameter of each step that has one. */
    static final Map<String, String> DEFAULT_PARAMETER = [
        sh: 'script', echo: 'message', error: 'message', input: 'message', junit: 'testResults',
        readFile: 'file', libraryResource: 'resource', lock: 'resource', milestone: 'ordinal',
        timeout: 'time', container: 'name', withEnv: 'overrides', withCredentials: 'bindings',
        retry: 'count', dir: 'path', stash: 'name', unstash: 'name', checkout: 'scm', sleep: 'time',
        node: 'label', stage: 'name', properties: 'properties', fileExists: 'file',
        archiveArtifacts: 'artifacts', unstable: 'message', warnError: 'message', build: 'job',
        library: 'identifier', tool: 'name', parallel: 'branches', slackSend: 'message',
        deleteDir: null, isUnix: null,
    ]

    final String name
    final Map named
    final Closure body

    Invocation(String name, Object[] args) {
        this.name = name
        List rest = args as List
        Closure trailing = null
        if (rest && rest[-1] instanceof Closure) {
            trailing = (Closure) rest[-1]
            rest = rest.subList(0, rest.size() - 1)
        }
        this.body = trailing
        if (rest.size() == 1 && rest[0] instanceof Map && !(name in ['parallel'])) {
            this.named = new LinkedHashMap((Map) rest[0])
        } else if (rest.size() == 1) {
            String parameter = DEFAULT_PARAMETER[name]
            if (parameter == null) {
                throw new IllegalArgumentException("${name} takes named arguments only, got ${rest}")
            }
            this.named = [(parameter): rest[0]]
        } else if (rest.isEmpty()) {
            this.named = [:]
        } else {
            throw new IllegalArgumentException("${name}: unsupported positional arguments ${rest}")
        }
    }

    Object arg(String key, Object fallback = null) {
        named.containsKey(key) ? named[key] : fallback
    }

    String string(String key, String fallback = null) {
        Object value = arg(key)
        value == null ? fallback : value.toString()
    }

    boolean flag(String key) {
        Object value = arg(key)
        value != null && value as boolean
    }

    Closure requireBody() {
        if (body == null) {
            throw new IllegalArgumentException("${name} requires a body")
        }
        body
    }

    /** JSON-friendly copy of the arguments, redacting nothing (tests look for leaked secrets). */
    static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value
        }
        if (value instanceof CharSequence) {
            return value.toString()
        }
        if (value instanceof Map) {
            Map out = [:]
            ((Map) value).each { k, v -> out[k.toString()] = plain(v) }
            return out
        }
        if (value instanceof Collection || value instanceof Object[]) {
            return (value as List).collect { plain(it) }
        }
        if (value instanceof Closure) {
            return '<closure>'
        }
        value.toString()
    }
}
