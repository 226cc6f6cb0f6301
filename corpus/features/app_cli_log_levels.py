import sys
from collections import defaultdict, OrderedDict
import statistics

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def parse(line):
    # 2024-03-01 12:00:01 [INFO] auth: user=alice action=login ms=12
    line = line.rstrip("\r\n")
    if not line or line.lstrip().startswith("#"):
        return None
    try:
        date, time_, level, rest = line.split(" ", 3)
    except ValueError:
        raise ValueError(f"malformed line: {line!r}")
    level = level.strip("[]")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    component, _, payload = rest.partition(": ")
    fields = {}
    for part in payload.split():
        if "=" in part:
            k, v = part.split("=", 1)
            fields[k] = v
    return {"date": date, "time": time_, "level": level, "component": component, "fields": fields}


def main():
    records = []
    errors = 0
    for lineno, line in enumerate(sys.stdin, start=1):
        try:
            rec = parse(line)
        except ValueError as exc:
            errors += 1
            sys.stderr.write(f"warning: line {lineno}: {exc}\n")
            continue
        if rec is not None:
            records.append(rec)
    by_level = OrderedDict((lv, 0) for lv in LEVELS)
    latency = defaultdict(list)
    users = set()
    for r in records:
        by_level[r["level"]] += 1
        f = r["fields"]
        if "ms" in f:
            latency[r["component"]].append(int(f["ms"]))
        if "user" in f:
            users.add(f["user"])
    print("=== summary ===")
    for lv, c in by_level.items():
        print(f"{lv:<8}{c:>4}  {c / len(records):6.1%}")
    print("users:", ", ".join(sorted(users)))
    print(f"{'component':<10} {'n':>3} {'mean':>8} {'median':>7} {'max':>5}")
    for comp in sorted(latency, key=lambda c: (-len(latency[c]), c)):
        vals = latency[comp]
        print(f"{comp:<10} {len(vals):>3} {statistics.mean(vals):>8.2f} {statistics.median(vals):>7} {max(vals):>5}")
    worst = max(records, key=lambda r: int(r["fields"].get("ms", 0)))
    print("slowest:", worst["date"], worst["time"], worst["component"], worst["fields"])
    if errors:
        print(f"{errors} bad line(s)", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
