import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LINE = re.compile(r'^(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$')


def parse(lines):
    good, bad = [], 0
    for line in lines:
        m = LINE.match(line.strip())
        if not m:
            bad += 1
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S")
        d["status"] = int(d["status"])
        d["size"] = 0 if d["size"] == "-" else int(d["size"])
        good.append(d)
    return good, bad


def main():
    entries, bad = parse(sys.stdin)
    print(f"{len(entries)} entries, {bad} malformed")
    by_status = Counter(e["status"] for e in entries)
    print("status:", sorted(by_status.items()))
    by_ip = defaultdict(int)
    for e in entries:
        by_ip[e["ip"]] += e["size"]
    for ip, size in sorted(by_ip.items(), key=lambda kv: -kv[1]):
        print(f"  {ip:<15} {size:>8} bytes")
    first = min(e["ts"] for e in entries)
    last = max(e["ts"] for e in entries)
    span = last - first
    print("span:", span, span.total_seconds(), first.isoformat(), last.strftime("%Y-%m-%d %H:%M"))
    buckets = Counter(e["ts"].replace(minute=0, second=0) for e in entries)
    for hour, n in sorted(buckets.items()):
        print(hour.strftime("%H:00"), "*" * n)
    paths = Counter(re.sub(r"/\d+", "/:id", e["path"]) for e in entries)
    print(paths.most_common(3))
    errors = [e for e in entries if e["status"] >= 400]
    print([f"{e['method']} {e['path']}" for e in errors])
    print(re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", lambda m: f"{m.group(1)}.{m.group(2)}.x.x", "from 10.0.3.4 and 192.168.1.20"))
    print(re.split(r"[;,]\s*", "a, b;c,  d"), re.findall(r"(\w)(\d)", "a1 b2 c3"), bool(re.search(r"^\s*$", "   ")))
    print(first + timedelta(days=1, hours=2), (last - timedelta(minutes=90)).time(), first.weekday(), first.strftime("%A %B %j"))


main()
