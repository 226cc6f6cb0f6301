"""Timesheet: read entries with input() until EOF, report hours per person and week."""
from datetime import date, datetime, time, timedelta
from collections import defaultdict, OrderedDict
import calendar

entries = []
errors = []
while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line or line.startswith(";"):
        continue
    try:
        who, day, start, end, *note = line.split(maxsplit=4)
        d = datetime.strptime(day, "%Y-%m-%d").date()
        t0 = datetime.strptime(start, "%H:%M").time()
        t1 = datetime.strptime(end, "%H:%M").time()
    except ValueError as exc:
        errors.append(f"{line!r}: {exc}")
        continue
    begin = datetime.combine(d, t0)
    finish = datetime.combine(d, t1)
    if finish <= begin:
        finish += timedelta(days=1)
    entries.append((who.title(), begin, finish, note[0] if note else ""))

print(f"{len(entries)} entries, {len(errors)} rejected")
for e in errors:
    print("  !", e)

hours = defaultdict(timedelta)
weeks = defaultdict(lambda: defaultdict(float))
for who, begin, finish, note in entries:
    hours[who] += finish - begin
    year, week, _ = begin.isocalendar()
    weeks[(year, week)][who] += (finish - begin).total_seconds() / 3600

print()
print(f"{'Name':<8} {'Total':>9} {'Hours':>7}")
for who, total in sorted(hours.items(), key=lambda kv: kv[1], reverse=True):
    h, rem = divmod(int(total.total_seconds()), 3600)
    m = rem // 60
    print(f"{who:<8} {h:>5}h{m:02d}m {total / timedelta(hours=1):>7.2f}")

print()
for (year, week), people in sorted(weeks.items()):
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    label = f"W{week:02d} {monday:%d %b}–{sunday:%d %b %Y}"
    detail = ", ".join(f"{p} {h:g}h" for p, h in sorted(people.items()))
    print(label, "|", detail)

night = [(w, b) for w, b, f, _ in entries if b.date() != f.date()]
print("overnight:", [(w, b.strftime("%a %H:%M")) for w, b in night])
longest = max(entries, key=lambda e: (e[2] - e[1], e[0]))
print("longest shift:", longest[0], longest[2] - longest[1], repr(longest[3]))

first_day = min(e[1].date() for e in entries)
last_day = max(e[2].date() for e in entries)
print("period:", first_day.isoformat(), "->", last_day, (last_day - first_day).days + 1, "days")
print("weekday of first:", first_day.strftime("%A"), calendar.day_name[first_day.weekday()], first_day.isoweekday())
print("month:", calendar.month_name[first_day.month], calendar.monthrange(first_day.year, first_day.month))
print("leap 2024?", calendar.isleap(2024), "days in Feb:", calendar.monthrange(2024, 2)[1])

deadline = datetime(2024, 3, 1, 17, 0)
for who, begin, finish, _ in entries[:3]:
    left = deadline - finish
    print(f"{who}: {left.days}d {left.seconds // 3600}h before deadline; {finish:%Y-%m-%dT%H:%M}")
print(timedelta(days=-1, hours=3), timedelta(minutes=90) * 3, timedelta(hours=10) // timedelta(hours=3))
print(timedelta(seconds=3661.5), abs(timedelta(hours=-2)), timedelta(weeks=1).days)
print(date(2024, 1, 31) + timedelta(days=30), date(2024, 3, 1) - date(2023, 3, 1))
print(datetime(2024, 2, 29, 23, 59, 59) + timedelta(seconds=1), time(9, 5).strftime("%I:%M %p"))
print(datetime.fromisoformat("2024-02-10T08:30:00").replace(hour=20), date.fromisoformat("2024-02-10").toordinal())
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)], reverse=True))
by_day = OrderedDict()
for who, begin, _, _ in sorted(entries, key=lambda e: (e[1], e[0])):
    by_day.setdefault(begin.strftime("%m/%d"), []).append(who[0])
print(by_day)
print(repr(date(2024, 2, 3)), repr(timedelta(hours=25, minutes=1)), str(datetime(2024, 1, 2, 3, 4, 5, 600)))
