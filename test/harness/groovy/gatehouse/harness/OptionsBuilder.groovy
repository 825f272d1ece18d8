package gatehouse.harness

class OptionsBuilder extends Builder {
    final List<Map> options = []

    OptionsBuilder(Run run) { super(run) }

    def methodMissing(String name, Object args) {
        if (name in Directives.OPTION_NAMES) {
            options << [name: name, args: (args as List)]
            return null
        }
        run.invoke(name, args as Object[])
    }
}
