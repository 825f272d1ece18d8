# Sourced by scripts: finds or installs Debian's Groovy 2.4 and points JAVA_HOME at the real JDK
# (the Debian package looks for a default-java link that this machine does not have).
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
