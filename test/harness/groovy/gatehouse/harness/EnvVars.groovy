package gatehouse.harness

/**
 * The `env` global: the build's environment (from the scenario), `env.X = ...` assignments, and
 * the overlays of the enclosing withEnv / environment / withCredentials blocks (innermost wins).
 */
class EnvVars extends GroovyObjectSupport {
    private final Map<String, String> base
    private final Context context

    EnvVars(Map<String, String> base, Context context) {
        this.base = base
        this.context = context
    }

    String get(String name) {
        for (Map<String, String> overlay in context.envOverlays.reverse()) {
            if (overlay.containsKey(name)) {
                return overlay[name]
            }
        }
        base[name]
    }

    Map<String, String> getEnvironment() {
        Map<String, String> all = new TreeMap<String, String>(base)
        context.envOverlays.each { all.putAll(it) }
        all
    }

    @Override
    Object getProperty(String name) {
        name == 'environment' ? getEnvironment() : get(name)
    }

    @Override
    void setProperty(String name, Object value) {
        base[name] = value == null ? null : value.toString()
    }

    Object getAt(String name) { get(name) }

    void putAt(String name, Object value) { setProperty(name, value) }
}
