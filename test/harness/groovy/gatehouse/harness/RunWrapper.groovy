package gatehouse.harness

import hudson.model.Result

/** The `currentBuild` global. Like Jenkins, setting `result` can only make it worse. */
class RunWrapper extends GroovyObjectSupport {
    private Result result
    final int number
    final Map previousBuild
    String description
    String displayName
    final String projectName

    RunWrapper(int number, String previousResult, String projectName) {
        this.number = number
        this.previousBuild = previousResult == null ? null : [result: previousResult, number: number - 1]
        this.displayName = "#${number}"
        this.projectName = projectName
    }

    String getResult() { result?.toString() }

    void setResult(Object value) {
        Result next = Result.fromString(value.toString())
        result = result == null ? next : result.combine(next)
    }

    /** Bypasses the only-worse rule, as Declarative does around post conditions (`rawBuild.@result`). */
    void forceResult(Result value) { result = value }

    Result getRawResult() { result }

    String getCurrentResult() { (result ?: Result.SUCCESS).toString() }

    boolean resultIsBetterOrEqualTo(String other) { (result ?: Result.SUCCESS).isBetterOrEqualTo(Result.fromString(other)) }

    boolean resultIsWorseOrEqualTo(String other) { (result ?: Result.SUCCESS).isWorseOrEqualTo(Result.fromString(other)) }

    String getFullDisplayName() { "${projectName} ${displayName}" }

    String getAbsoluteUrl() { "https://jenkins.example/job/${projectName}/${number}/" }

    List getBuildCauses() { [] }

    List getChangeSets() { [] }

    @Override
    Object getProperty(String name) {
        if (name == 'rawBuild') {
            throw new HarnessError('currentBuild.rawBuild needs script approval in Jenkins; the harness does not model it')
        }
        super.getProperty(name)
    }
}
