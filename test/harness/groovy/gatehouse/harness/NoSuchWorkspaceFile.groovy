package gatehouse.harness

/** readFile / readJSON of a file the workspace does not have. */
class NoSuchWorkspaceFile extends IOException {
    NoSuchWorkspaceFile(String path) {
        super("${path} (No such file or directory)")
    }
}
