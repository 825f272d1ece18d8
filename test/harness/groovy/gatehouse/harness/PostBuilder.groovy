package gatehouse.harness

class PostBuilder extends Builder {
    final Map<String, Closure> conditions = [:]

    PostBuilder(Run run) { super(run) }

    def methodMissing(String name, Object args) {
        if (!(name in Directives.POST_CONDITIONS)) {
            unknown('post', name)
        }
        conditions[name] = (args as List)[0] as Closure
        null
    }
}
