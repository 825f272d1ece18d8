# Sourced by scripts: finds or installs the Debian packages the tests run (Groovy 2.4 for the
# pipelines, jq for the library's shell scripts) and points JAVA_HOME at the real JDK (the Debian
# groovy package looks for a default-java link that this machine does not have).

# ensure_debian_package COMMAND PACKAGE WHAT: install PACKAGE when COMMAND is missing and we are
# root (saying so); otherwise fail with the install command. Never a silent skip.
ensure_debian_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "gatehouse tests: $3 is missing; installing Debian's $2 package (apt-get update && apt-get install -y $2)" >&2
    # Another apt run (a parallel job, unattended upgrades) holds the lock for a while: wait for it.
    apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$2" >&2
  else
    echo "gatehouse tests: $3 is required. Install it with: apt-get update && apt-get install -y $2" >&2
    exit 1
  fi
}

ensure_groovy() {
  ensure_debian_package groovy groovy 'Groovy 2.4'
  if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    export JAVA_HOME
  fi
}

# The library's shell scripts parse helm's JSON with jq; their tests run them with the real one.
ensure_jq() {
  ensure_debian_package jq jq jq
}
