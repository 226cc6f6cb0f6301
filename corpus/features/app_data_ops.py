"""Ops health report: df/uptime/syslog text parsed with re, severities, humanized sizes."""
import json
import re
from bisect import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, asdict
from datetime import datetime, timedelta
from enum import Enum, IntEnum
from operator import attrgetter

DF = """Filesystem     1K-blocks      Used Available Use% Mounted on
/dev/sda1       41152736  35125812   3912528  90% /
tmpfs            8165420         0   8165420   0% /dev/shm
/dev/sdb1      515928320 128934912 360763080  27% /data
/dev/sdc1        1038336    998400     39936  97% /boot/efi
overlay         41152736  35125812   3912528  90% /var/lib/docker/overlay2/abc/merged
"""
UPTIME = " 14:02:11 up 37 days,  3:07,  2 users,  load average: 0.52, 1.07, 3.91"
SYSLOG = """Mar  3 13:55:02 web01 sshd[2211]: Failed password for root from 203.0.113.9 port 52211 ssh2
Mar  3 13:55:09 web01 sshd[2211]: Failed password for root from 203.0.113.9 port 52214 ssh2
Mar  3 13:57:44 web01 kernel: [12345.678] Out of memory: Killed process 4242 (java)
Mar  3 13:58:01 web01 CRON[3001]: (root) CMD (run-parts /etc/cron.hourly)
Mar  3 14:00:17 web01 sshd[2301]: Accepted publickey for deploy from 198.51.100.4 port 40022 ssh2
Mar  3 14:01:59 web01 sshd[2311]: Failed password for invalid user admin from 203.0.113.77 port 1022 ssh2
"""


class Severity(IntEnum):
    OK = 0
    WARN = 1
    CRIT = 2


class Source(Enum):
    DISK = "disk"
    LOAD = "load"
    AUTH = "auth"
    KERNEL = "kernel"


@dataclass
class Finding:
    source: Source
    severity: Severity
    subject: str
    detail: str


THRESHOLDS = [80, 95]


def human(kib):
    size = kib * 1024
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if size < 1024 or unit == "TiB":
            return f"{size:.1f}{unit}" if unit != "B" else f"{size}B"
        size /= 1024


findings = []
row_re = re.compile(r"^(?P<fs>\S+)\s+(?P<blocks>\d+)\s+(?P<used>\d+)\s+(?P<avail>\d+)\s+(?P<pct>\d+)%\s+(?P<mount>.+)$")
mounts = []
for line in DF.splitlines()[1:]:
    m = row_re.match(line)
    d = {k: int(v) if v.isdigit() else v for k, v in m.groupdict().items()}
    if d["fs"] in ("tmpfs", "overlay"):
        continue
    mounts.append(d)
    sev = Severity(bisect(THRESHOLDS, d["pct"]))
    if sev:
        findings.append(Finding(Source.DISK, sev, d["mount"], f"{d['pct']}% used, {human(d['avail'])} free"))
print(f"{'mount':<12}{'size':>10}{'used':>10}{'free':>10}{'use':>6}")
for d in sorted(mounts, key=lambda d: d["pct"], reverse=True):
    print(f"{d['mount']:<12}{human(d['blocks']):>10}{human(d['used']):>10}{human(d['avail']):>10}{d['pct']:>5}%")

up = re.search(r"up\s+(?:(?P<days>\d+)\s+days?,\s+)?(?P<h>\d+):(?P<m>\d{2}),\s+(?P<users>\d+) users?", UPTIME)
uptime = timedelta(days=int(up["days"] or 0), hours=int(up["h"]), minutes=int(up["m"]))
loads = [float(x) for x in UPTIME.rsplit(":", 1)[1].split(",")]
print(f"uptime {uptime} ({uptime.total_seconds() / 86400:.2f} days), users={up['users']}, load={loads}")
for window, value in zip((1, 5, 15), loads):
    if value > 2.0:
        findings.append(Finding(Source.LOAD, Severity.WARN, f"load{window}", f"{value:.2f} > 2.00"))

log_re = re.compile(r"^(?P<ts>\w{3}\s+\d+ \d\d:\d\d:\d\d) (?P<host>\S+) (?P<proc>[\w-]+)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$")
failed = Counter()
users = defaultdict(set)
events = []
for line in SYSLOG.splitlines():
    m = log_re.match(line)
    ts = datetime.strptime(f"2024 {m['ts']}", "%Y %b %d %H:%M:%S")
    events.append((ts, m["proc"], m["pid"]))
    if f := re.search(r"Failed password for (?:invalid user )?(\w+) from ([\d.]+)", m["msg"]):
        failed[f.group(2)] += 1
        users[f.group(2)].add(f.group(1))
    elif "Out of memory" in m["msg"]:
        pid, name = re.search(r"Killed process (\d+) \((\w+)\)", m["msg"]).groups()
        findings.append(Finding(Source.KERNEL, Severity.CRIT, name, f"OOM kill of pid {pid} at {ts:%H:%M:%S}"))
for ip, n in failed.most_common():
    sev = Severity.CRIT if n >= 2 else Severity.WARN
    findings.append(Finding(Source.AUTH, sev, ip, f"{n} failed logins as {', '.join(sorted(users[ip]))}"))
span = events[-1][0] - events[0][0]
print(f"{len(events)} log events over {span}, procs: {dict(Counter(p for _, p, _ in events))}")
print("pids:", sorted({int(p) for _, _, p in events if p}), "no pid:", [p for _, p, pid in events if pid is None])

print("\nFINDINGS")
for f in sorted(findings, key=attrgetter("severity", "source.value", "subject"), reverse=True):
    print(f"[{f.severity.name:<4}] {f.source.value:<6} {f.subject:<16} {f.detail}")
summary = Counter(f.severity.name for f in findings)
worst = max(findings, key=attrgetter("severity")).severity
print("summary:", dict(sorted(summary.items())), "worst:", worst, repr(worst), worst == 2, f"exit={int(worst)}")
print(json.dumps([asdict(f) for f in findings[:2]], default=lambda o: o.name if isinstance(o, Enum) else str(o)))
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\1.\2.x.x", SYSLOG.splitlines()[0]))
print(re.findall(r"port (\d+)", SYSLOG)[:3], re.split(r"\s*,\s*", "a , b,c"), bool(re.fullmatch(r"[a-z]+\d*", "web01")))
