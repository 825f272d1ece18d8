package gatehouse.harness

/** Base of every builder: properties fall back to the script's globals (env, params, ...). */
abstract class Builder {
    final Run run

    Builder(Run run) {
        this.run = run
    }

    def propertyMissing(String name) {
        if (name in ['none', 'any']) {
            return name
        }
        run.binding.getVariable(name)
    }

    Object collect(Closure body) {
        Closure copy = body.rehydrate(this, body.owner, body.thisObject)
        copy.resolveStrategy = Closure.DELEGATE_FIRST
        copy.call()
        this
    }

    Object unknown(String section, String name) {
        throw new IllegalArgumentException("WorkflowScript: Undefined section or directive '${name}' in ${section}")
    }
}
