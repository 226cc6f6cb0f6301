# Shared by ./portalis and scripts/*.sh: find a JDK >= 21 and keep the build fresh.
# Everything here prints to stderr so that a command's stdout stays machine-readable.

PORTALIS_ROOT=${PORTALIS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
PORTALIS_JAR="$PORTALIS_ROOT/orchestrator/target/portalis.jar"

say() { printf 'portalis: %s\n' "$*" >&2; }

# Prints the major version of the JDK at $1, or nothing when it is not a JDK.
jdk_major() {
    local home=$1 v
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    if [ -f "$home/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    fi
    if [ -z "$v" ]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
    fi
    [ -n "$v" ] && echo "$v"
}

# Sets JAVA_HOME to a JDK >= 21: $JAVA_HOME first, then the newest under /usr/lib/jvm.
find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && major=$(jdk_major "$JAVA_HOME") && [ "$major" -ge 21 ]; then
        export JAVA_HOME
        return 0
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -L "$candidate" ] && continue
        major=$(jdk_major "$candidate") || continue
        if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        say "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm/*)."
        say "install one, e.g.: apt-get install -y openjdk-21-jdk-headless, then set JAVA_HOME"
        return 1
    fi
    export JAVA_HOME=$best
}

# Maven on JDK 24+ warns about sun.misc.Unsafe in its own guava; that noise is not ours.
maven_opts() {
    local major
    major=$(jdk_major "$JAVA_HOME")
    if [ "$major" -ge 24 ]; then
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
    fi
}

# True when the CLI jar is missing or older than any source, resource or pom.
build_is_stale() {
    [ -f "$PORTALIS_JAR" ] || return 0
    [ -d "$PORTALIS_ROOT/orchestrator/target/lib" ] || return 0
    local newer
    # Test sources do not go into the jar: editing one must not make every start rebuild.
    newer=$(cd "$PORTALIS_ROOT" && find pom.xml ./*/pom.xml ./*/src/main -newer "$PORTALIS_JAR" -type f -print -quit 2>/dev/null)
    [ -n "$newer" ]
}

build_cli() {
    say "building Portalis (JDK $(jdk_major "$JAVA_HOME") at $JAVA_HOME)..."
    maven_opts
    if ! (cd "$PORTALIS_ROOT" && mvn -q -B -Dstyle.color=never -DskipTests install >&2); then
        say "build failed; run 'mvn -B -DskipTests install' in $PORTALIS_ROOT to see why"
        return 1
    fi
    # Maven leaves an up-to-date jar untouched; mark it current so the next start does not rebuild.
    touch "$PORTALIS_JAR"
}
