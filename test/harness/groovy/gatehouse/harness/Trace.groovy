package gatehouse.harness

/** What happened during one run, in order: stages, agents, steps, library calls, post blocks. */
class Trace {
    final List<Map> events = []
    final Set<String> secrets = new TreeSet<String>()
    private int sequence = 0

    Map add(Map event) {
        event.seq = sequence++
        events << event
        event
    }
}
