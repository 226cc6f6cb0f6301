#!/usr/bin/env bash
# Compiles census.cu for the host and checks that its counts equal the Java CPU twin's
# (portalis scan --json) on every .py file under DIR that scan counts. A check of the kernel's
# logic without a GPU; it says nothing about the GPU build or its speed.
# Usage: host-twin-check.sh DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:?usage: host-twin-check.sh DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
clang=$(command -v clang-14 || command -v clang || command -v cc)
"$clang" -O2 -x c -o "$tmp/twin" "$here/scripts/host_twin_main.c"
"$here/../portalis" scan --device cpu --json "$dir" > "$tmp/scan.json"
python3 - "$tmp" <<'PY'
import json, subprocess, sys
tmp = sys.argv[1]
keys = ["bytes", "lines", "name", "keyword", "number", "string", "operator", "comment", "string_bytes",
        "comment_bytes", "eval_exec_calls", "getattr_setattr_delattr_calls", "dict_class_accesses",
        "metaclass_keywords", "star_imports", "import_statements"]
files = [f for f in json.load(open(tmp + "/scan.json"))["files"] if "error" not in f]
java = {}
for f in files:
    kinds = f["tokens_by_kind"]
    java[f["path"]] = [kinds[k] if k in kinds else f[k] for k in keys]
out = subprocess.run([tmp + "/twin"] + list(java), capture_output=True, text=True, check=True).stdout
bad = 0
for line in out.splitlines():
    path, *counts = line.rsplit(" ", len(keys))
    if [int(c) for c in counts] != java[path]:
        bad += 1
        if bad <= 5:
            print("differs:", path, dict(zip(keys, zip(java[path], counts))))
print(f"{len(java)} files, {bad} differ")
sys.exit(1 if bad else 0)
PY
