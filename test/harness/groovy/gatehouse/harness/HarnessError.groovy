package gatehouse.harness

/**
 * A problem with the scenario or with what the harness can model, never a pipeline failure.
 * It is an Error so that a pipeline's own catch (Exception) cannot swallow it.
 */
class HarnessError extends Error {
    HarnessError(String message) {
        super(message)
    }
}
