package hudson

// Stand-in for hudson.AbortException: what `sh` (non-zero exit) and `error` throw in Jenkins.
class AbortException extends IOException {
    AbortException(String message) {
        super(message)
    }
}
