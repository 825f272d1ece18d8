# Sourced by scripts: finds or installs the Debian packages the tests run (Groovy 2.4 for the
# pipelines, jq for the library's shell scripts) and points JAVA_HOME at the real JDK (the Debian
# groovy package looks for a default-java link that this machine does not have).

# ensure_debian_package COMMAND PACKAGE WHAT: install PACKAGE when COMMAND is missing and we are
# root (saying so); otherwise fail with the install command. Never a silent skip. Another process
# (an unattended upgrade, a parallel test run) may hold the apt/dpkg lock: wait for it up to
# APT_LOCK_TIMEOUT seconds instead of failing at once.
APT_LOCK_TIMEOUT=300
ensure_debian_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "gatehouse tests: $3 is missing; installing Debian's $2 package (apt-get update && apt-get install -y $2," \
      "waiting up to ${APT_LOCK_TIMEOUT}s for the apt lock)" >&2
    apt-get -o DPkg::Lock::Timeout="$APT_LOCK_TIMEOUT" update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$APT_LOCK_TIMEOUT" install -y -qq "$2" >&2
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
