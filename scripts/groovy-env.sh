# Sourced by scripts: finds or installs the Debian packages the tests run (Groovy 2.4 for the
# pipelines, jq for the library's shell scripts) and points JAVA_HOME at the real JDK (the Debian
# groovy package looks for a default-java link that this machine does not have).
GROOVY_INSTALL_COMMAND='apt-get update && apt-get install -y groovy'

ensure_groovy() {
  if ! command -v groovy >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "gatehouse tests: Groovy 2.4 is missing; installing Debian's groovy package ($GROOVY_INSTALL_COMMAND)" >&2
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq groovy >&2
    else
      echo "gatehouse tests: Groovy 2.4 is required. Install it with: $GROOVY_INSTALL_COMMAND" >&2
      exit 1
    fi
  fi
  if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    export JAVA_HOME
  fi
}

JQ_INSTALL_COMMAND='apt-get update && apt-get install -y jq'

# The library's shell scripts parse helm's JSON with jq; their tests run them with the real one.
ensure_jq() {
  command -v jq >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "gatehouse tests: jq is missing; installing Debian's jq package ($JQ_INSTALL_COMMAND)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >&2
  else
    echo "gatehouse tests: jq is required. Install it with: $JQ_INSTALL_COMMAND" >&2
    exit 1
  fi
}
