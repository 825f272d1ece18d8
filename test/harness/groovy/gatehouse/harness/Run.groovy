package gatehouse.harness

/**
 * One pipeline run of one scenario: the globals, the execution context, the trace, and the
 * dispatch of every method a script does not declare to a library var or a modeled step.
 */
class Run {
    /** Describable symbols Jenkins lets scripts build as step arguments (credential bindings, ...). */
    static final Set<String> SYMBOLS = ['string', 'usernamePassword', 'usernameColonPassword', 'file',
        'sshUserPrivateKey', 'kubeconfigFile', 'kubeconfigContent', 'certificate', 'logRotator',
        'cron', 'pipelineTriggers', 'githubPush', 'booleanParam', 'choice', 'text', 'password',
        'buildDiscarder', 'disableConcurrentBuilds', 'durabilityHint'] as Set

    final Map scenario
    final LibraryLoader library
    final Trace trace = new Trace()
    final Context context = new Context()
    final EnvVars env
    final RunWrapper currentBuild
    final Map params
    final Map scm
    final HarnessBinding binding
    final StepsProxy stepsProxy
    final Credentials credentials
    /** The Jenkinsfile's script object: the delegate of steps, script and post blocks. */
    Script scriptInstance
    private final Map<String, Object> varInstances = [:]
    private final Map<String, Closure> steps = [:]

    Run(LibraryLoader library, Map scenario) {
        this.library = library
        this.scenario = scenario
        Map<String, String> base = [:]
        (scenario.env as Map ?: [:]).each { k, v -> base[k.toString()] = v?.toString() }
        this.env = new EnvVars(base, context)
        int number = (base.BUILD_NUMBER ?: '1') as int
        this.currentBuild = new RunWrapper(number, scenario.previousResult as String, base.JOB_NAME ?: 'job')
        this.params = new LinkedHashMap(scenario.params as Map ?: [:])
        this.scm = [$class: 'GitSCM', branch: base.BRANCH_NAME]
        this.binding = new HarnessBinding(this)
        this.stepsProxy = new StepsProxy(this)
        this.credentials = new Credentials(scenario.credentials as Map ?: [:], trace)
        new FlowSteps(this).register(steps)
        new NodeSteps(this).register(steps)
        new IntegrationSteps(this).register(steps)
    }

    Object invoke(String name, Object[] args) {
        if (library.hasVar(name)) {
            return callVar(name, args)
        }
        if (name in SYMBOLS) {
            Invocation symbol = new Invocation(name, args)
            return [$symbol: name] + symbol.named
        }
        Closure step = steps[name]
        if (step == null) {
            trace.add([type: 'error', message: "No such DSL method '${name}'".toString()] + context.snapshot())
            throw new NoSuchMethodError("No such DSL method '${name}' found among steps ${new TreeSet(steps.keySet())}")
        }
        step.call(new Invocation(name, args))
    }

    Object callVar(String name, Object[] args) {
        Object instance = varInstance(name)
        trace.add([type: 'var', name: name, args: Invocation.plain(args as List)] + context.snapshot())
        Context.within(context.via, name) {
            instance.invokeMethod('call', args)
        }
    }

    Object varInstance(String name) {
        if (!varInstances.containsKey(name)) {
            Script instance = (Script) library.varClass(name).newInstance()
            instance.binding = binding
            varInstances[name] = instance
        }
        varInstances[name]
    }

    /** Records a step call with its arguments and where it ran. */
    Map record(Invocation invocation, Map extra = [:]) {
        trace.add([type: 'step', name: invocation.name, args: Invocation.plain(invocation.named)] + context.snapshot() + extra)
    }

    /** Runs a closure from the pipeline with the script as its delegate, as Declarative does. */
    Object runClosure(Closure body, Object delegate) {
        Closure copy = body.rehydrate(delegate, body.owner, body.thisObject)
        copy.resolveStrategy = Closure.DELEGATE_FIRST
        copy.call()
    }

    void requireNode(String step) {
        if (context.currentNode() == null) {
            throw new MissingContextException(step)
        }
    }
}
