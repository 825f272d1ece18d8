import groovy.json.JsonOutput

// The Kubernetes agent pod of a stage group, as YAML for `agent { kubernetes { yaml ... } }`: the
// group's template from the library's resources (gatehouse/pods/build.yaml or deploy.yaml) and,
// when the group runs a test command, the container 'tests' with the module's test image. The
// templates end with their containers list, so the container is appended to it; the image is
// written as a JSON string, which YAML reads back exactly.
def call(Map args) {
  if (!(args.group in ['build', 'deploy'])) {
    error('gatehousePod: group must be build or deploy, got: ' + args.group)
  }
  String pod = libraryResource('gatehouse/pods/' + args.group + '.yaml')
  if (!args.testImage) {
    return pod
  }
  return pod + [
    '    # The test image of the module: its test command runs here (gatehouseUnitTests, gatehouseIntegrationTests).',
    '    - name: tests',
    '      image: ' + JsonOutput.toJson(String.valueOf(args.testImage)),
    '      command: [sleep]',
    '      args: [infinity]',
    '      env:',
    '        - name: HOME',
    '          value: /tmp',
    '      securityContext:',
    '        allowPrivilegeEscalation: false',
    '        capabilities:',
    '          drop: [ALL]',
    '',
  ].join('\n')
}
