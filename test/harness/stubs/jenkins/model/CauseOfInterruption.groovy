package jenkins.model

// Stand-in for jenkins.model.CauseOfInterruption: why a build was interrupted, as a
// FlowInterruptedException carries it (getCauses()).
abstract class CauseOfInterruption implements Serializable {
    abstract String getShortDescription()

    @Override
    String toString() {
        shortDescription
    }
}
