#!/usr/bin/env bash
# HumanEval through the whole pipeline (issue 4): each problem's prompt + canonical solution +
# test + check(entry_point) is translated, built to wasm32-wasi and run in WASM against CPython.
# Prints each failure with its stage and reason, then
#   HumanEval: T translated, B built, P passed of 164
# Options pass through: --limit N, --jobs N, --out FILE, --keep DIR, --data FILE (or $PORTALIS_HUMANEVAL).
# Exit 1 when some program ran to completion with output different from CPython's.
set -euo pipefail
PORTALIS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$PORTALIS_ROOT/scripts/ensure-toolchain.sh"
exec "$PORTALIS_ROOT/portalis" bench-humaneval "$@"
