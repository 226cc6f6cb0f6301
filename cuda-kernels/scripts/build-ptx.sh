#!/usr/bin/env bash
# Rebuilds the PTX resource from src/main/cuda/census.cu. Uses nvcc when present (compute_75,
# the minimum CUDA 13 supports), else clang's CUDA front end, which needs no CUDA headers for
# this kernel. The PTX is committed so the JVM never needs a CUDA compiler.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src=$here/src/main/cuda/census.cu
out=$here/src/main/resources/io/portalis/cuda/census.ptx
mkdir -p "$(dirname "$out")"
if command -v nvcc >/dev/null; then
    nvcc -ptx -O3 -arch=compute_75 "$src" -o "$out"
else
    clang=$(command -v clang-14 || command -v clang)
    "$clang" -x cuda --cuda-device-only --cuda-gpu-arch=sm_75 -nocudainc -nocudalib -O2 -Wno-unknown-cuda-version \
        -S "$src" -o "$out"
fi
echo "wrote $out"
