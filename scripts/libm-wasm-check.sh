#!/usr/bin/env bash
# pyrt::libm gives the same bits in WebAssembly as natively (where its test proves them equal
# to glibc's): builds scripts/libm_wasm_check.rs for the host and for wasm32-wasi, runs the
# wasm in Chicory through `portalis run`, and compares the per-function result hashes.
# Usage: scripts/libm-wasm-check.sh [SAMPLES]   (RUSTC: a rustc with the wasm32-wasi std)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rustc=${RUSTC:-/usr/bin/rustc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$rustc" -O --edition 2021 "$root/scripts/libm_wasm_check.rs" -o "$work/native"
"$rustc" -O --edition 2021 --target wasm32-wasi "$root/scripts/libm_wasm_check.rs" -o "$work/check.wasm"
"$work/native" "${1:-20000}" > "$work/native.out" 2> "$work/native.err"
"$root/portalis" run "$work/check.wasm" "${1:-20000}" > "$work/wasm.out" 2> "$work/wasm.err"
sed 's/^/native: /' "$work/native.err"
grep '^std' "$work/wasm.err" | sed 's/^/wasm:   /'
if diff "$work/native.out" "$work/wasm.out"; then
  echo "libm-wasm-check: wasm and native results are identical ($(wc -l < "$work/native.out") hashes)"
else
  echo "libm-wasm-check: wasm and native results differ" >&2
  exit 1
fi
