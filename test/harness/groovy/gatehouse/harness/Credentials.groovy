package gatehouse.harness

import hudson.AbortException

/**
 * The scenario's Jenkins credentials store. Every secret gets a recognisable fake value that is
 * added to the trace's secret list, so a test can prove that no secret reached a step argument.
 * An id the store does not hold fails like Jenkins does, which catches a wrong credentialsId.
 */
class Credentials {
    private final Map<String, Map> store
    private final Trace trace

    /** Binding symbol -> credential type it needs. */
    static final Map<String, String> BINDING_TYPES = [
        string: 'string', usernamePassword: 'usernamePassword', usernameColonPassword: 'usernamePassword',
        file: 'file', kubeconfigFile: 'file', kubeconfigContent: 'file', sshUserPrivateKey: 'sshUserPrivateKey',
    ]

    Credentials(Map<String, Map> declared, Trace trace) {
        this.trace = trace
        this.store = [:]
        declared.each { String id, Map spec ->
            Map credential = [type: spec.type ?: 'string'] + spec
            String token = "s3cr3t-${id}-7Qz"
            credential.secret = credential.secret ?: token
            credential.username = credential.username ?: "user-${id}"
            credential.password = credential.password ?: token
            credential.content = credential.content ?: "content-of-${token}"
            credential.passphrase = credential.passphrase ?: "pass-${token}"
            ['secret', 'password', 'content', 'passphrase'].each { trace.secrets << credential[it].toString() }
            store[id] = credential
        }
    }

    /** The credential with this id, or null (plugins that look a credential up themselves). */
    Map find(String id) {
        id == null ? null : store[id]
    }

    Map lookup(String id, String wantedType) {
        Map credential = store[id]
        if (credential == null) {
            throw new AbortException("Could not find credentials entry with ID '${id}'")
        }
        if (wantedType != null && credential.type != wantedType) {
            throw new AbortException("Credentials '${id}' is of type '${credential.type}' where '${wantedType}' was expected")
        }
        credential
    }

    /** Variables a withCredentials binding sets: [[variable, value, credentialsId]]. */
    List<Map> bind(Map binding) {
        String symbol = binding.$symbol
        if (!BINDING_TYPES.containsKey(symbol)) {
            throw new HarnessError("withCredentials binding ${symbol ?: binding} is not modeled")
        }
        String id = binding.credentialsId
        Map c = lookup(id, BINDING_TYPES[symbol])
        String file = "/harness/secrets/${id}"
        List<List> vars
        switch (symbol) {
            case 'string': vars = [[binding.variable, c.secret]]; break
            case 'usernamePassword':
                vars = [[binding.usernameVariable, c.username], [binding.passwordVariable, c.password]]; break
            case 'usernameColonPassword': vars = [[binding.variable, "${c.username}:${c.password}"]]; break
            case ['file', 'kubeconfigFile']: vars = [[binding.variable, file]]; break
            case 'kubeconfigContent': vars = [[binding.variable, c.content]]; break
            default:
                vars = [[binding.keyFileVariable, file], [binding.usernameVariable, c.username],
                        [binding.passphraseVariable, c.passphrase]]
        }
        vars.findAll { it[0] != null }.collect { [variable: it[0].toString(), value: it[1].toString(), credentialsId: id] }
    }

    /** `environment { X = credentials('id') }`: X, plus X_USR and X_PSW for username/password. */
    List<Map> bindEnvironment(String variable, String id) {
        Map c = lookup(id, null)
        String file = "/harness/secrets/${id}"
        switch (c.type) {
            case 'string': return [[variable: variable, value: c.secret, credentialsId: id]]
            case 'file': return [[variable: variable, value: file, credentialsId: id]]
            case 'usernamePassword':
                return [[variable: variable, value: "${c.username}:${c.password}".toString(), credentialsId: id],
                        [variable: "${variable}_USR".toString(), value: c.username, credentialsId: id],
                        [variable: "${variable}_PSW".toString(), value: c.password, credentialsId: id]]
            default:
                return [[variable: variable, value: file, credentialsId: id],
                        [variable: "${variable}_USR".toString(), value: c.username, credentialsId: id],
                        [variable: "${variable}_PSW".toString(), value: c.passphrase, credentialsId: id]]
        }
    }

    /** The content behind a secret file path, for readFile of a bound file credential. */
    String fileContent(String path) {
        String id = path.startsWith('/harness/secrets/') ? path.substring('/harness/secrets/'.length()) : null
        id != null && store[id] ? store[id].content : null
    }
}
