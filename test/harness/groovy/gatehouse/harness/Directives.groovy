package gatehouse.harness

/** Names Declarative knows: options, wrapper options, post conditions in Jenkins' order. */
class Directives {
    static final Set<String> OPTION_NAMES = ['buildDiscarder', 'disableConcurrentBuilds', 'timeout', 'timestamps',
        'skipDefaultCheckout', 'skipStagesAfterUnstable', 'retry', 'lock', 'ansiColor', 'durabilityHint',
        'preserveStashes', 'quietPeriod', 'disableResume', 'checkoutToSubdirectory', 'parallelsAlwaysFailFast',
        'newContainerPerStage', 'overrideIndexTriggers', 'rateLimitBuilds', 'disableRestartFromStage'] as Set
    /** Options that wrap the body (run as steps around it), in Jenkins' terms "wrappers". */
    static final Set<String> WRAPPERS = ['timeout', 'retry', 'timestamps', 'lock', 'ansiColor'] as Set
    static final List<String> POST_CONDITIONS = ['always', 'changed', 'fixed', 'regression', 'aborted', 'success',
        'unsuccessful', 'unstable', 'failure', 'notBuilt', 'cleanup']
}
