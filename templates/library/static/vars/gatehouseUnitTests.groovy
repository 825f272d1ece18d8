import dev.gatehouse.Unstable

// Runs the module's unit test command in the pod's 'tests' container (the module's
// unitTests.image, see gatehousePod). Failing tests make the build UNSTABLE rather than stopping
// it: the quality gate decides what the results are worth, and the reports are published by
// gatehouseReports when the stage group ends.
def call(Map args) {
  int status = 0
  container('tests') {
    status = sh(returnStatus: true, script: args.command)
  }
  if (status != 0) {
    new Unstable(this).mark('the unit test command exited with ' + status + '; the quality gate decides')
  }
}
