#!/usr/bin/env bash
# The whole test suite: set-up (JDK, Rust wasm toolchain, Chromium for the report tests, PostgreSQL
# for the journal tests), pyrt's own cargo tests, then every Maven module's tests. This is the README's test command and what CI runs.
set -euo pipefail
PORTALIS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib.sh
. "$PORTALIS_ROOT/scripts/lib.sh"

find_jdk
maven_opts
"$PORTALIS_ROOT/scripts/ensure-toolchain.sh"
"$PORTALIS_ROOT/scripts/ensure-chromium.sh"
"$PORTALIS_ROOT/scripts/ensure-postgres.sh"

say "pyrt: cargo test (native)"
pyrt="$PORTALIS_ROOT/transpiler-agent/src/main/resources/pyrt"
CARGO_TARGET_DIR="${TMPDIR:-/tmp}/portalis-pyrt-target" cargo test --offline --quiet --manifest-path "$pyrt/Cargo.toml" >&2

say "maven: every module's tests"
cd "$PORTALIS_ROOT"
mvn -B -Dstyle.color=never verify
