package gatehouse.harness

/** parameters {} and triggers {}: every call is recorded as a describable. */
class CallCollector extends Builder {
    final List calls = []

    CallCollector(Run run) { super(run) }

    def methodMissing(String name, Object args) {
        Map call = [$symbol: name, args: Invocation.plain(args as List)]
        calls << call
        call
    }
}
