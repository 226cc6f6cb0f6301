#!/usr/bin/env bash
# Issue 3's done-when check: for every .py file of CPython 3.12's Lib outside test/, tests/,
# idle_test/ and site-packages/, `portalis ast --dump-dir` must write exactly what
#   python3.12 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))" FILE
# prints. The reference dumps come from one python process for speed.
# Usage: scripts/check-parser-conformance.sh [LIB_DIR]
#   PORTALIS="java -jar orchestrator/target/portalis.jar" overrides the CLI that is run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY=
for candidate in python3.12 /root/.pyenv/versions/3.12*/bin/python3.12; do
    # pyenv shims exist on PATH even when 3.12 is not selected: keep the first that runs.
    if "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
        PY=$candidate
        break
    fi
done
[ -n "$PY" ] || { echo "check-parser-conformance: python3.12 not found" >&2; exit 2; }
LIB=${1:-$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
PORTALIS=${PORTALIS:-"$ROOT/portalis"}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$LIB" && find . -name '*.py' -type f | sed 's|^\./||' \
    | grep -Ev '(^|/)(test|tests|idle_test|site-packages)/' | LC_ALL=C sort) > "$WORK/files.txt"

$PORTALIS ast --dump-dir "$LIB" "$WORK/ours" 2> "$WORK/ours.log" || true

"$PY" - "$LIB" "$WORK/files.txt" "$WORK/ref" <<'PYEOF'
import ast, os, sys
lib, listing, out = sys.argv[1:4]
for rel in open(listing, encoding="utf-8").read().splitlines():
    target = os.path.join(out, rel[:-3] + ".dump")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    try:
        with open(os.path.join(lib, rel), "rb") as f:
            text = ast.dump(ast.parse(f.read()), include_attributes=True) + "\n"
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except Exception as e:  # CPython fails too: no reference, the file counts as differing
        print("reference failed for %s: %s" % (rel, e), file=sys.stderr)
PYEOF

same=0
total=0
while IFS= read -r rel; do
    total=$((total + 1))
    dump="${rel%.py}.dump"
    if [ -f "$WORK/ref/$dump" ] && cmp -s "$WORK/ref/$dump" "$WORK/ours/$dump"; then
        same=$((same + 1))
    else
        echo "differs: $rel"
    fi
done < "$WORK/files.txt"
echo "$same of $total identical"
[ "$same" -eq "$total" ]
