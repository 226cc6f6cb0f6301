import sys
import re
from itertools import groupby
from collections import Counter


def read_records(stream):
    for lineno, line in enumerate(stream, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        try:
            ts, level, component, message = line.split(" ", 3)
        except ValueError:
            yield {"lineno": lineno, "level": "BAD", "component": "?", "message": line, "ts": ""}
            continue
        yield {"lineno": lineno, "ts": ts, "level": level.strip("[]"), "component": component.rstrip(":"), "message": message}


def only(levels, records):
    return (r for r in records if r["level"] in levels)


def with_numbers(records):
    for r in records:
        r["numbers"] = [int(n) for n in re.findall(r"-?\d+", r["message"])]
        yield r


def window(iterable, n):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


def main():
    records = list(with_numbers(read_records(sys.stdin)))
    print(len(records), Counter(r["level"] for r in records).most_common())
    for level, group in groupby(sorted(records, key=lambda r: r["level"]), key=lambda r: r["level"]):
        g = list(group)
        print(f"{level:<6}{len(g):>3}  first at line {g[0]['lineno']}")
    errors = list(only({"ERROR", "WARN"}, records))
    for r in errors:
        print(f"{r['lineno']:>3} {r['component']:<8} {r['message'][:40]!r} nums={r['numbers']}")
    comps = sorted({r["component"] for r in records})
    print(comps)
    totals = {c: sum(sum(r["numbers"]) for r in records if r["component"] == c) for c in comps}
    print(totals)
    print([tuple(r["lineno"] for r in w) for w in window((r for r in records if r["level"] == "INFO"), 3)])
    gen = (len(r["message"]) for r in records)
    print(max(gen), sum(gen))
    lines = iter(records)
    first_error = next((r for r in lines if r["level"] == "ERROR"), None)
    rest = sum(1 for _ in lines)
    print(first_error["lineno"] if first_error else None, rest)


main()
