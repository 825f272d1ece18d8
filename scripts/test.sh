#!/usr/bin/env bash
# The whole test suite: build, make sure Groovy 2.4 (the version Jenkins runs) is present, run mocha.
# Groovy is a Debian package; when it is missing and we are root we install it and say so, because
# the pipeline tests must never be skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/groovy-env.sh
ensure_groovy

npm run --silent build
npx mocha "$@"
