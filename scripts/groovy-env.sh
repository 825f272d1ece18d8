# Sourced by scripts: finds or installs the Debian packages the tests run (Groovy 2.4 for the
# pipelines, jq for the library's shell scripts, Go with Sprig for rendering the charts the way
# helm does) and points JAVA_HOME at the real JDK (the Debian groovy package looks for a
# default-java link that this machine does not have).

# ensure_debian_package PROBE PACKAGE WHAT: install PACKAGE when PROBE (a command, or an absolute
# path that the package installs) is missing and we are root (saying so); otherwise fail with the
# install command. Never a silent skip. Another process (an unattended upgrade, a parallel test
# run) may hold the apt/dpkg lock: wait for it up to APT_LOCK_TIMEOUT seconds instead of failing.
APT_LOCK_TIMEOUT=300
ensure_debian_package() {
  case "$1" in
    /*) [ -e "$1" ] && return 0 ;;
    *) command -v "$1" >/dev/null 2>&1 && return 0 ;;
  esac
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

# The chart tests render every chart with Go's text/template and Sprig, the engine helm uses
# (test/helm/render, built offline from these packages' sources in /usr/share/gocode).
ensure_helm_engine() {
  ensure_debian_package go golang-go 'Go'
  ensure_debian_package /usr/share/gocode/src/github.com/Masterminds/sprig golang-github-masterminds-sprig-dev 'Sprig (Go template functions)'
  ensure_debian_package /usr/share/gocode/src/sigs.k8s.io/yaml golang-k8s-sigs-yaml-dev 'sigs.k8s.io/yaml'
}
