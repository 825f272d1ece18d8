#!/usr/bin/env bash
# The whole test suite: build, make sure Groovy 2.4 (the version Jenkins runs) and jq are present,
# run mocha. Both are Debian packages: when one is missing and we are root we install it and say
# so, because no suite may ever be skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/groovy-env.sh
ensure_groovy
ensure_jq

npm run --silent build
npx mocha "$@"
