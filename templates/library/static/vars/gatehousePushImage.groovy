import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonSlurperClassic

// Pushes the image to <dockerRegistry>/<dockerNamespace>/<module>:<GATEHOUSE_IMAGE_TAG>, never
// over an existing tag: first the registry is asked (HTTP API, HEAD /v2/<repository>/manifests/
// <tag>, container 'helm' with curl and jq) and an existing tag fails the step, as helmPublish
// refuses an existing chart version. Then BuildKit rebuilds from its cache (same daemon, same
// inputs as gatehouseBuildImage) and pushes; the registry credentials live in a throw-away
// DOCKER_CONFIG outside the workspace. Records the pushed image's digest in GATEHOUSE_IMAGE_DIGEST.
def call(Map args) {
  Map project = gatehouseProject()
  String repository = project.dockerNamespace + '/' + env.GATEHOUSE_MODULE
  String image = project.dockerRegistry + '/' + repository + ':' + env.GATEHOUSE_IMAGE_TAG
  List<String> environment = [
    'GATEHOUSE_DOCKERFILE=' + args.dockerfile,
    'GATEHOUSE_CONTEXT=' + args.context,
    'GATEHOUSE_IMAGE=' + image,
    'GATEHOUSE_REGISTRY=' + project.dockerRegistry,
    'GATEHOUSE_REPOSITORY=' + repository,
  ]
  withEnv(environment) {
    withCredentials([usernamePassword(credentialsId: project.dockerCredentialsId,
        usernameVariable: 'GATEHOUSE_REGISTRY_USER', passwordVariable: 'GATEHOUSE_REGISTRY_TOKEN')]) {
      container('helm') {
        // The distribution API answers 200 for an existing manifest and 404 for a missing one. A
        // registry that wants a token says where to get it in its 401 challenge (Docker Hub:
        // realm https://auth.docker.io/token, service registry.docker.io). Credentials go to curl
        // in header files, never on its command line; any other answer stops the push.
        sh(label: 'Refuse to overwrite an image tag', script: '''
          set +x -eu
          case "$GATEHOUSE_REGISTRY" in
            docker.io|index.docker.io|registry-1.docker.io) api=https://registry-1.docker.io ;;
            *) api=https://$GATEHOUSE_REGISTRY ;;
          esac
          manifest="$api/v2/$GATEHOUSE_REPOSITORY/manifests/$GATEHOUSE_IMAGE_TAG"
          accept='Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json'
          work=$(mktemp -d)
          trap 'rm -rf "$work"' EXIT
          printf 'Authorization: Basic %s\\n' "$(printf '%s:%s' "$GATEHOUSE_REGISTRY_USER" "$GATEHOUSE_REGISTRY_TOKEN" | base64 | tr -d '\\n')" > "$work/basic"
          status=$(curl -sS -I -o /dev/null -D "$work/challenge" -w '%{http_code}' -H "$accept" "$manifest" || true)
          if [ "$status" = 401 ]; then
            challenge=$(grep -i '^www-authenticate:' "$work/challenge" | tr -d '\\r')
            realm=$(printf '%s' "$challenge" | sed -n 's/.*realm="\\([^"]*\\)".*/\\1/p')
            service=$(printf '%s' "$challenge" | sed -n 's/.*service="\\([^"]*\\)".*/\\1/p')
            case "$challenge" in
              *[Bb]earer*)
                token=$(curl -sS -f -H @"$work/basic" --get --data-urlencode "service=$service" \\
                  --data-urlencode "scope=repository:$GATEHOUSE_REPOSITORY:pull" "$realm" | jq -r '.token // .access_token // empty')
                [ -n "$token" ] || { echo "gatehousePushImage: $realm gave no token for $GATEHOUSE_REPOSITORY" >&2; exit 1; }
                printf 'Authorization: Bearer %s\\n' "$token" > "$work/bearer"
                status=$(curl -sS -I -o /dev/null -w '%{http_code}' -H "$accept" -H @"$work/bearer" "$manifest" || true) ;;
              *) status=$(curl -sS -I -o /dev/null -w '%{http_code}' -H "$accept" -H @"$work/basic" "$manifest" || true) ;;
            esac
          fi
          case "$status" in
            404) echo "gatehousePushImage: $GATEHOUSE_IMAGE is new" ;;
            200) echo "gatehousePushImage: $GATEHOUSE_IMAGE exists already; image tags are never overwritten" >&2; exit 1 ;;
            *) echo "gatehousePushImage: cannot tell whether $GATEHOUSE_IMAGE exists (the registry answered HTTP $status); not pushing" >&2; exit 1 ;;
          esac
        ''')
      }
      container('build') {
        sh(label: 'Push the image', script: '''
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
            --output "type=image,name=$GATEHOUSE_IMAGE,push=true" \
            --metadata-file .gatehouse/push-metadata.json
        ''')
      }
    }
  }
  env.GATEHOUSE_IMAGE = image
  // buildctl --metadata-file writes the pushed manifest's digest as containerimage.digest
  // (moby/buildkit, website/usage/metadata.md): the blessing records it, so the release train deploys
  // exactly this image, pinned by its digest.
  String digest = pushedDigest(readFile('.gatehouse/push-metadata.json'))
  if (!(digest ==~ /sha256:[0-9a-f]{64}/)) {
    error('gatehousePushImage: buildctl reported no image digest for ' + image + ' (containerimage.digest: ' + digest + ')')
  }
  env.GATEHOUSE_IMAGE_DIGEST = digest
  echo('gatehouse: pushed ' + image + '@' + digest)
}

@NonCPS
private String pushedDigest(String metadata) {
  return String.valueOf(new JsonSlurperClassic().parseText(metadata)['containerimage.digest'])
}
