package dev.gatehouse

/** Sample library class (harness test material): takes the script, as src/ classes must. */
class Messages implements Serializable {
    private static final long serialVersionUID = 1L

    private final Object script

    Messages(Object script) {
        this.script = script
    }

    String summary(String text) {
        return "${script.env.JOB_NAME} #${script.env.BUILD_NUMBER}: ${text}"
    }
}
