import dev.gatehouse.Unstable

// Runs the module's integration test command (container 'tests': the module's
// integrationTests.image, see gatehousePod) against the environment it was just deployed to.
// Failures make the build UNSTABLE; for the release PR build, gatehouseBless then re-runs the
// gate with these results and blesses the build only when it is stable.
def call(Map args) {
  int status = 0
  List<String> environment = [
    'GATEHOUSE_ENVIRONMENT=' + args.environment,
    'GATEHOUSE_NAMESPACE=' + args.namespace,
    'GATEHOUSE_RELEASE=' + args.release,
  ]
  withEnv(environment) {
    container('tests') {
      status = sh(returnStatus: true, script: args.command)
    }
  }
  if (status != 0) {
    new Unstable(this).mark('the integration test command exited with ' + status)
  }
  if (args.bless) {
    gatehouseBless(args.bless + [integration: [args.junit], release: args.release, namespace: args.namespace,
      kubeconfigCredentialsId: args.kubeconfigCredentialsId])
  }
  if (args.releaseTag && status == 0) {
    gatehouseReleaseTag()
  }
}
