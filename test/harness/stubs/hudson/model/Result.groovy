package hudson.model

// Stand-in for hudson.model.Result with Jenkins' ordering: a result can only get worse.
class Result implements Serializable {
    static final Result SUCCESS = new Result('SUCCESS', 0)
    static final Result UNSTABLE = new Result('UNSTABLE', 1)
    static final Result FAILURE = new Result('FAILURE', 2)
    static final Result NOT_BUILT = new Result('NOT_BUILT', 3)
    static final Result ABORTED = new Result('ABORTED', 4)
    private static final List<Result> ALL = [SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED]

    final String name
    final int ordinal

    private Result(String name, int ordinal) {
        this.name = name
        this.ordinal = ordinal
    }

    static Result fromString(String s) {
        Result found = ALL.find { it.name == s }
        if (found == null) {
            throw new IllegalArgumentException("unknown build result ${s}")
        }
        found
    }

    boolean isWorseThan(Result other) { ordinal > other.ordinal }
    boolean isBetterOrEqualTo(Result other) { ordinal <= other.ordinal }
    boolean isWorseOrEqualTo(Result other) { ordinal >= other.ordinal }
    Result combine(Result other) { other != null && other.ordinal > ordinal ? other : this }

    @Override
    String toString() { name }
}
