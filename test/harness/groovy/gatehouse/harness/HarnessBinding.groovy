package gatehouse.harness

/** Globals every script sees: env, currentBuild, params, scm and the library's vars. */
class HarnessBinding extends Binding {
    final Run run

    HarnessBinding(Run run) {
        this.run = run
    }

    @Override
    Object getVariable(String name) {
        if (variables.containsKey(name)) {
            return variables[name]
        }
        switch (name) {
            case 'env': return run.env
            case 'currentBuild': return run.currentBuild
            case 'params': return run.params
            case 'scm': return run.scm
            case 'steps': return run.stepsProxy
        }
        if (run.library.hasVar(name)) {
            return run.varInstance(name)
        }
        // Like CpsScript, a bare name that is an environment variable reads it (`echo BRANCH_NAME`).
        String value = run.env.get(name)
        if (value != null) {
            return value
        }
        throw new MissingPropertyException(name, getClass())
    }

    @Override
    boolean hasVariable(String name) {
        variables.containsKey(name) || name in ['env', 'currentBuild', 'params', 'scm', 'steps'] || run.library.hasVar(name)
    }
}
