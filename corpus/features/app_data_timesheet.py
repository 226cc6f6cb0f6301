"""Timesheet summary: datetime parsing, weekly buckets, overtime, calendar and report layout."""
import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from operator import attrgetter
from statistics import mean, median

ENTRIES = """
# who, day, start-end, project
alice  2024-03-04 08:30-17:15 apollo
alice  2024-03-05 09:00-18:45 apollo
bob    2024-03-04 10:00-14:00 zephyr
alice  2024-03-06 08:00-12:00 zephyr
bob    2024-03-06 22:00-06:30 zephyr
carol  2024-03-07 07:45-16:00 apollo
bob    2024-03-08 09:15-17:45 apollo
alice  2024-03-11 08:30-19:00 apollo
carol  2024-03-11 13:00-13:00 apollo
carol  2024-03-12 09:00-17:30 hermes
bob    2024-03-12 9:00-17:00 hermes
"""

LINE = re.compile(r"^(?P<who>\w+)\s+(?P<day>\d{4}-\d{2}-\d{2})\s+(?P<start>\d{2}:\d{2})-(?P<end>\d{2}:\d{2})\s+(?P<project>\w+)$")


class Shift(Enum):
    DAY = "day"
    NIGHT = "night"

    def __str__(self):
        return self.value


@dataclass(frozen=True)
class Entry:
    who: str
    start: datetime
    end: datetime
    project: str

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def shift(self) -> Shift:
        return Shift.NIGHT if self.start.time() >= time(20) or self.end.date() > self.start.date() else Shift.DAY


@dataclass
class Totals:
    hours: float = 0.0
    days: set = field(default_factory=set)
    projects: dict = field(default_factory=lambda: defaultdict(float))


def parse(text):
    out, errors = [], []
    for n, raw in enumerate(text.strip().splitlines(), 1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        m = LINE.match(raw)
        if m is None:
            errors.append(f"line {n}: cannot parse {raw!r}")
            continue
        day = date.fromisoformat(m["day"])
        start = datetime.combine(day, time.fromisoformat(m["start"]))
        end = datetime.combine(day, time.fromisoformat(m["end"]))
        if end < start:
            end += timedelta(days=1)
        if end == start:
            errors.append(f"line {n}: empty shift for {m.group('who')} on {day:%d.%m.}")
            continue
        out.append(Entry(m["who"], start, end, m["project"]))
    return out, errors


entries, errors = parse(ENTRIES)
print(f"{len(entries)} entries", *errors, sep="\n  ")

totals = defaultdict(Totals)
weekly = defaultdict(lambda: defaultdict(timedelta))
for e in sorted(entries, key=attrgetter("start")):
    t = totals[e.who]
    hrs = e.duration / timedelta(hours=1)
    t.hours += hrs
    t.days.add(e.start.date())
    t.projects[e.project] += hrs
    iso = e.start.isocalendar()
    weekly[f"{iso.year}-W{iso.week:02d}"][e.who] += e.duration

print(f"\n{'name':<7}{'hours':>7}{'days':>5}{'avg/day':>8}  projects")
for who, t in sorted(totals.items(), key=lambda kv: -kv[1].hours):
    per_day = t.hours / len(t.days)
    projects = ", ".join(f"{p}:{h:g}" for p, h in sorted(t.projects.items()))
    print(f"{who:<7}{t.hours:>7.2f}{len(t.days):>5}{per_day:>8.2f}  {projects}")

print()
for week, people in sorted(weekly.items()):
    cells = [f"{who}={str(d):>8}" for who, d in sorted(people.items())]
    total = sum(people.values(), timedelta())
    print(f"{week}: {' | '.join(cells)}  total {total}  ({total.total_seconds() / 3600:.1f}h)")

overtime = [(e.who, e.start.strftime("%a %d %b"), e.duration - timedelta(hours=8))
            for e in entries if e.duration > timedelta(hours=8)]
for who, day, extra in overtime:
    minutes = extra.seconds // 60
    print(f"overtime {who:<6}{day}: +{minutes // 60}h{minutes % 60:02d}m")
nights = [e for e in entries if e.shift is Shift.NIGHT]
print("night shifts:", [(e.who, str(e.shift), e.end.isoformat(sep=" ")) for e in nights])

durations = sorted(e.duration.total_seconds() / 3600 for e in entries)
print(f"mean {mean(durations):.3f}h median {median(durations)}h shortest {durations[0]}h longest {durations[-1]}h")

first = min(e.start for e in entries).date()
last = max(e.end for e in entries).date()
print(f"period {first:%d/%m/%Y}..{last:%d/%m/%Y} = {(last - first).days + 1} days, "
      f"{sum(1 for i in range((last - first).days + 1) if (first + timedelta(i)).weekday() < 5)} working days")
cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 3, w=3))
worked = {e.start.day for e in entries}
print("days worked:", " ".join(f"{d:2d}" if d in worked else " ." for d in range(1, 16)))
print("weekday names:", [calendar.day_abbr[d] for d in sorted({e.start.weekday() for e in entries})])
print("leap:", calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.leapdays(2000, 2025))
print(datetime(2024, 3, 31, 23, 59).strftime("%j %U %W %y %B %p %%"), date(2024, 3, 4).ctime())
print(datetime.fromisoformat("2024-03-04T08:30:00") - datetime(2024, 1, 1), timedelta(days=-1, seconds=5))
