package gatehouse.harness

/**
 * Evaluates an `environment {}` block in order: `NAME = value` entries become withEnv values,
 * `NAME = credentials('id')` entries become credential bindings. A later entry may read an
 * earlier one by its bare name.
 */
class EnvironmentBuilder extends Builder {
    final Map<String, String> values = [:]
    final List<List<String>> credentials = []

    EnvironmentBuilder(Run run) { super(run) }

    def propertyMissing(String name, Object value) {
        if (value instanceof Map && ((Map) value).$symbol == 'credentials') {
            credentials << [name, ((Map) value).id.toString()]
        } else {
            values[name] = value?.toString()
        }
    }

    def propertyMissing(String name) {
        values.containsKey(name) ? values[name] : super.propertyMissing(name)
    }

    Map credentials(String id) { [$symbol: 'credentials', id: id] }

    def methodMissing(String name, Object args) { run.invoke(name, args as Object[]) }
}
