"""Summarise a web server access log read from standard input."""
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LINE_RE = re.compile(
    r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+-\s+
    \[(?P<when>[^\]]+)\]\s+
    "(?P<method>[A-Z]+)\s+(?P<path>\S+)\s+HTTP/(?P<ver>[\d.]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)
    """,
    re.VERBOSE,
)


def parse(line):
    m = LINE_RE.match(line)
    if not m:
        return None
    rec = m.groupdict()
    rec["when"] = datetime.strptime(rec["when"], "%d/%b/%Y:%H:%M:%S")
    rec["status"] = int(rec["status"])
    rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
    return rec


def human(n):
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n:.1f}{unit}" if unit != "B" else f"{n}{unit}"
        n /= 1024
    return f"{n:.2f}GB"


records = []
bad = 0
for lineno, raw in enumerate(sys.stdin, 1):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.startswith("#"):
        continue
    rec = parse(raw)
    if rec is None:
        bad += 1
        print(f"line {lineno}: cannot parse {raw[:30]!r}", file=sys.stderr)
        continue
    records.append(rec)

print(f"{len(records)} requests, {bad} malformed")
by_status = Counter(r["status"] for r in records)
print("Status codes:")
for status, n in sorted(by_status.items()):
    share = n / len(records)
    print(f"  {status:<5}{n:>4} {share:>7.1%}")

per_ip = defaultdict(list)
for r in records:
    per_ip[r["ip"]].append(r)

print()
print("{:<16}|{:^8}|{:>10}".format("client", "hits", "bytes"))
print("-" * 16 + "+" + "-" * 8 + "+" + "-" * 10)
for ip, reqs in sorted(per_ip.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    total = sum(r["size"] for r in reqs)
    print("{:<16}|{:^8}|{:>10}".format(ip, len(reqs), human(total)))

paths = Counter(r["path"].split("?")[0] for r in records)
print()
print("Top pages:")
for rank, (path, n) in enumerate(paths.most_common(3), start=1):
    print(f"{rank}. {path} ({n})")

first = min(r["when"] for r in records)
last = max(r["when"] for r in records)
span = last - first
print()
print("From", first.strftime("%Y-%m-%d %H:%M"), "to", last.isoformat(sep=" "))
print("Span:", span, "=", int(span.total_seconds()), "seconds")
buckets = Counter()
for r in records:
    start = r["when"].replace(minute=0, second=0)
    buckets[start] += 1
for hour in sorted(buckets):
    end = hour + timedelta(hours=1)
    print(f"  {hour:%H:%M}-{end:%H:%M} {'*' * buckets[hour]}")

errors = [r for r in records if r["status"] >= 400]
if errors:
    worst = max(errors, key=lambda r: (r["status"], r["when"]))
    print("Worst error:", worst["status"], worst["method"], worst["path"],
          "at", worst["when"].strftime("%a %d %b %I:%M %p"))
methods = sorted({r["method"] for r in records})
print("Methods:", ", ".join(methods))
