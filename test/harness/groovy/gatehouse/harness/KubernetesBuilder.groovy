package gatehouse.harness

class KubernetesBuilder extends Builder {
    static final Set<String> KEYS = ['yaml', 'yamlFile', 'defaultContainer', 'cloud', 'label', 'inheritFrom',
        'namespace', 'serviceAccount', 'nodeSelector', 'podRetention', 'idleMinutes', 'retries', 'showRawYaml',
        'workspaceVolume', 'instanceCap', 'activeDeadlineSeconds', 'yamlMergeStrategy', 'customWorkspace',
        'supplementalGroups', 'slaveConnectTimeout'] as Set
    final Map values = [:]

    KubernetesBuilder(Run run) { super(run) }

    def methodMissing(String name, Object args) {
        if (name in KEYS) {
            values[name] = (args as List)[0]
            return null
        }
        run.invoke(name, args as Object[])
    }
}
