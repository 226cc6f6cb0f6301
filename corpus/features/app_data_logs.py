"""Parse an nginx-style access log, summarise traffic per endpoint and hour."""
import json
import re
import statistics
from collections import ChainMap, Counter, OrderedDict, defaultdict
from datetime import datetime, timedelta
from heapq import nlargest, nsmallest
from bisect import bisect_right

LOG = """\
10.0.0.1 - - [12/Mar/2024:09:15:02 +0000] "GET /api/users HTTP/1.1" 200 512 0.023
10.0.0.2 - - [12/Mar/2024:09:15:09 +0000] "POST /api/orders HTTP/1.1" 201 128 0.150
10.0.0.1 - - [12/Mar/2024:09:47:30 +0000] "GET /api/users/42 HTTP/1.1" 404 64 0.004
10.0.0.3 - - [12/Mar/2024:10:02:11 +0000] "GET /static/app.js HTTP/1.1" 200 20480 0.002
10.0.0.4 - - [12/Mar/2024:10:05:45 +0000] "GET /api/orders HTTP/1.1" 500 32 1.204
10.0.0.2 - - [12/Mar/2024:10:30:00 +0000] "DELETE /api/orders/7 HTTP/1.1" 204 0 0.087
garbage line that does not match
10.0.0.5 - - [12/Mar/2024:11:11:11 +0000] "GET /api/users HTTP/1.1" 200 498 0.031
10.0.0.1 - - [12/Mar/2024:11:59:59 +0000] "GET /health HTTP/1.1" 200 2 0.001
10.0.0.3 - - [12/Mar/2024:12:00:00 +0000] "PUT /api/users/42 HTTP/1.1" 200 256 0.210
"""

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)'
)

DEFAULTS = {"slow_ms": 100, "bucket_edges": [10, 50, 200, 1000], "top": 3}
overrides = {"top": 2}
config = ChainMap(overrides, DEFAULTS)


def normalise(path):
    return re.sub(r"/\d+(?=/|$)", "/{id}", path)


def parse(text):
    entries, bad = [], 0
    for lineno, line in enumerate(text.splitlines(), 1):
        m = PATTERN.match(line)
        if not m:
            bad += 1
            print(f"skip line {lineno}: {line[:20]!r}")
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
        d["status"] = int(d["status"])
        d["size"] = int(d["size"])
        d["ms"] = round(float(d["secs"]) * 1000, 1)
        del d["secs"]
        d["endpoint"] = f"{d['method']} {normalise(d['path'])}"
        entries.append(d)
    return entries, bad


entries, bad = parse(LOG)
print(f"{len(entries)} requests, {bad} unparsable")

first, last = entries[0]["ts"], entries[-1]["ts"]
span = last - first
print("window:", first.isoformat(), "->", last.strftime("%Y-%m-%d %H:%M"), f"({span})")
print("span hours:", round(span / timedelta(hours=1), 2), span.total_seconds())

per_hour = Counter(e["ts"].strftime("%H:00") for e in entries)
for hour, n in sorted(per_hour.items()):
    print(f"  {hour} {'#' * n:<5} {n}")

status_classes = Counter(f"{e['status'] // 100}xx" for e in entries)
print("status:", dict(sorted(status_classes.items())))
err_rate = sum(n for k, n in status_classes.items() if k >= "4xx") / len(entries)
print(f"error rate: {err_rate:.2%}")

latency = defaultdict(list)
for e in entries:
    latency[e["endpoint"]].append(e["ms"])

report = OrderedDict()
for ep in sorted(latency, key=lambda k: (-len(latency[k]), k)):
    ms = latency[ep]
    report[ep] = {"count": len(ms), "avg_ms": round(statistics.fmean(ms), 2), "max_ms": max(ms)}
print(json.dumps(report, indent=2))

edges = config["bucket_edges"]
labels = [f"<{edges[0]}ms"] + [f"{a}-{b}ms" for a, b in zip(edges, edges[1:])] + [f">={edges[-1]}ms"]
buckets = Counter(labels[bisect_right(edges, e["ms"])] for e in entries)
for label in labels:
    print(f"{label:>10}: {buckets.get(label, 0)}")

slow = [e for e in entries if e["ms"] > config["slow_ms"]]
print("slow:", [(e["endpoint"], e["ms"]) for e in slow])
top = config["top"]
print("biggest:", [(e["path"], e["size"]) for e in nlargest(top, entries, key=lambda e: e["size"])])
print("fastest:", [e["path"] for e in nsmallest(top, entries, key=lambda e: (e["ms"], e["path"]))])
print("config keys:", sorted(config), "top" in config, config.get("missing", "n/a"))
print("ips:", ", ".join(f"{ip}={n}" for ip, n in Counter(e["ip"] for e in entries).most_common()))
summary = {"requests": len(entries), "bytes": sum(e["size"] for e in entries),
           "first": first, "error_rate": err_rate}
print(json.dumps(summary, sort_keys=True, default=str))
