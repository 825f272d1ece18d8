package gatehouse.harness

/** What Jenkins reports when a step that needs a workspace runs outside any agent. */
class MissingContextException extends RuntimeException {
    MissingContextException(String step) {
        super("Required context class hudson.FilePath is missing (step '${step}' ran outside an agent). " +
            "Perhaps you forgot to surround the code with a step that provides this, such as: node")
    }
}
