// Pushes the image to <dockerRegistry>/<dockerNamespace>/<module>:<GATEHOUSE_IMAGE_TAG>. BuildKit
// rebuilds from its cache (same daemon, same inputs as gatehouseBuildImage) and pushes; the
// registry credentials live in a throw-away DOCKER_CONFIG outside the workspace.
def call(Map args) {
  Map project = gatehouseProject()
  String image = project.dockerRegistry + '/' + project.dockerNamespace + '/' + env.GATEHOUSE_MODULE + ':' + env.GATEHOUSE_IMAGE_TAG
  List<String> environment = [
    'GATEHOUSE_DOCKERFILE=' + args.dockerfile,
    'GATEHOUSE_CONTEXT=' + args.context,
    'GATEHOUSE_IMAGE=' + image,
    'GATEHOUSE_REGISTRY=' + project.dockerRegistry,
  ]
  withEnv(environment) {
    withCredentials([usernamePassword(credentialsId: project.dockerCredentialsId,
        usernameVariable: 'GATEHOUSE_REGISTRY_USER', passwordVariable: 'GATEHOUSE_REGISTRY_TOKEN')]) {
      container('build') {
        sh '''
          set +x -eu
          DOCKER_CONFIG=$(mktemp -d)
          export DOCKER_CONFIG
          trap 'rm -rf "$DOCKER_CONFIG"' EXIT
          case "$GATEHOUSE_REGISTRY" in
            # BuildKit looks Docker Hub credentials up under the key the docker CLI uses.
            docker.io|index.docker.io|registry-1.docker.io) key=https://index.docker.io/v1/ ;;
            *) key=$GATEHOUSE_REGISTRY ;;
          esac
          auth=$(printf '%s:%s' "$GATEHOUSE_REGISTRY_USER" "$GATEHOUSE_REGISTRY_TOKEN" | base64 | tr -d '\\n')
          printf '{"auths":{"%s":{"auth":"%s"}}}' "$key" "$auth" > "$DOCKER_CONFIG/config.json"
          buildctl build \
            --frontend dockerfile.v0 \
            --local context="$GATEHOUSE_CONTEXT" \
            --local dockerfile="$(dirname -- "$GATEHOUSE_DOCKERFILE")" \
            --opt filename="$(basename -- "$GATEHOUSE_DOCKERFILE")" \
            --output "type=image,name=$GATEHOUSE_IMAGE,push=true"
        '''
      }
    }
  }
  env.GATEHOUSE_IMAGE = image
}
