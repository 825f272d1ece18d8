// Sample library step (harness test material): resolves the build's version with the gatehouse CLI.
def call(Map args) {
    container('node') {
        withEnv(["GH_MODULE=${args.module}", "GH_CHANNEL=${args.channel}", "GH_BUILD=${env.BUILD_NUMBER}"]) {
            String out = sh(returnStdout: true,
                script: 'gatehouse version --module "$GH_MODULE" --channel "$GH_CHANNEL" --build "$GH_BUILD" --sha "$GIT_COMMIT" --format json')
            return readJSON(text: out)
        }
    }
}
