#!/usr/bin/env bash
# `npm run bench`: gatehouse against Jenkins Job Builder and `cp -r`, at 10 to 5000 modules (see
# docs/performance.md). Needs GNU time and Debian's jenkins-job-builder; like the test suite, it
# installs them when missing and run as root, and otherwise says how. Flags go to bench/run.ts:
#   --sizes 10,100,1000,5000  --reps 3  --no-jjb  --gatehouse <bin.js of another build>  --keep
#   --work-dir DIR (default: the system temp dir; /dev/shm measures without the disk)
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/groovy-env.sh
ensure_debian_package /usr/bin/time time 'GNU time (/usr/bin/time)'
case " $* " in
  *" --no-jjb "*) ;;
  *) ensure_debian_package jenkins-jobs jenkins-job-builder 'Jenkins Job Builder (the baseline the benchmark compares against)' ;;
esac

npm run --silent build
node dist/bench/run.js "$@"
