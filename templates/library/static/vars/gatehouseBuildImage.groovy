// Builds the module's image with the rootless BuildKit daemon of the pod's 'build' container
// (BUILDKIT_HOST is set there), into .gatehouse/image.tar for the scan. No Docker daemon anywhere;
// nothing is pushed here. The tarball is BuildKit's docker exporter (manifest.json plus an OCI
// index): `trivy image --input` reads that, but an OCI layout only as a directory, not as the
// tarball `type=oci,dest=...` writes.
def call(Map args) {
  withEnv(['GATEHOUSE_DOCKERFILE=' + args.dockerfile, 'GATEHOUSE_CONTEXT=' + args.context]) {
    container('build') {
      sh '''
        set -eu
        mkdir -p .gatehouse
        buildctl build \
          --frontend dockerfile.v0 \
          --local context="$GATEHOUSE_CONTEXT" \
          --local dockerfile="$(dirname -- "$GATEHOUSE_DOCKERFILE")" \
          --opt filename="$(basename -- "$GATEHOUSE_DOCKERFILE")" \
          --output type=docker,dest=.gatehouse/image.tar
      '''
    }
  }
}
