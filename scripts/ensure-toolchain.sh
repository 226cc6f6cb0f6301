#!/usr/bin/env bash
# Makes sure a rustc with a WebAssembly standard library is present, installing Debian's
# rustc 1.63 with wasm32-wasi (and lld) when we are root and nothing usable is found.
# Quiet when everything is already there.
set -euo pipefail

has_wasm_rustc() {
    if [ -n "${PORTALIS_RUSTC:-}" ] && [ -x "$PORTALIS_RUSTC" ]; then
        return 0
    fi
    if [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/wasm32-wasi/lib ]; then
        return 0
    fi
    if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -qx 'wasm32-wasip1'; then
        return 0
    fi
    return 1
}

has_wasm_rustc && exit 0

packages="rustc libstd-rust-dev-wasm32 lld-14"
if [ "$(id -u)" -ne 0 ]; then
    echo "portalis: no rustc with a wasm32-wasi standard library was found." >&2
    echo "portalis: install one with: sudo apt-get install -y $packages" >&2
    echo "portalis:   or, with rustup: rustup target add wasm32-wasip1" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "portalis: no rustc with a wasm32 standard library, and no apt-get to install one." >&2
    echo "portalis: with rustup: rustup target add wasm32-wasip1" >&2
    exit 1
fi
echo "portalis: installing the WebAssembly Rust toolchain: apt-get install -y $packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >&2
apt-get install -y -q $packages >&2
has_wasm_rustc || { echo "portalis: installed $packages but still found no wasm rustc" >&2; exit 1; }
