# A shift schedule: working days, datetime.combine, timedelta totals, strftime/strptime, namedtuple defaults, timetuple.
from datetime import date, datetime, timedelta, time
from collections import namedtuple

Shift = namedtuple("Shift", ["worker", "start", "hours", "role"], defaults=["staff"])


def week_days(start: date, n: int):
    d = start
    while n:
        if d.weekday() < 5:
            yield d
            n -= 1
        d += timedelta(days=1)


def main():
    start = date(2024, 2, 26)
    print(start, start.isoformat(), start.strftime("%A %d %B %Y"), start.isoweekday())
    days = list(week_days(start, 7))
    print([d.strftime("%a %m/%d") for d in days])
    print("leap:", date(2024, 2, 28) + timedelta(days=1), date(2023, 12, 31).timetuple().tm_yday)
    shifts = []
    workers = ["ana", "ben", "cho"]
    for i, d in enumerate(days):
        st = datetime.combine(d, time(8 + (i % 3) * 4, 30))
        shifts.append(Shift(workers[i % 3], st, 4 + i % 4))
    shifts[2] = shifts[2]._replace(role="lead")
    for s in shifts:
        end = s.start + timedelta(hours=s.hours)
        print(f"{s.worker:<4} {s.start:%Y-%m-%d %H:%M} -> {end:%H:%M} ({s.hours}h) {s.role}")
    totals = {}
    for s in shifts:
        totals[s.worker] = totals.get(s.worker, timedelta()) + timedelta(hours=s.hours)
    for w, t in totals.items():
        print(w, t, t.total_seconds() / 3600, t.days, t.seconds)
    a = datetime(2024, 3, 10, 23, 59, 59)
    b = datetime(2024, 1, 1, 0, 0, 1)
    delta = a - b
    print(delta, repr(delta), delta.days, delta // timedelta(days=7), delta % timedelta(days=7))
    print(-timedelta(hours=3), timedelta(days=1, seconds=-1), timedelta(microseconds=1500))
    print(abs(b - a), (a - b) / 3, timedelta(minutes=90) * 1.5)
    print(repr(a), a.date(), a.time(), a.replace(year=2025, month=1))
    print(datetime.fromisoformat("2024-05-06T07:08:09").isoformat(sep=" "))
    print(datetime.strptime("03/15/24 4:05 PM", "%m/%d/%y %I:%M %p"))
    print(date.fromordinal(738000), date(2024, 1, 1).toordinal(), max(days), min(days) < max(days))
    print(sorted(shifts, key=lambda s: (s.hours, s.worker))[0])
    print(Shift._fields, Shift._field_defaults, shifts[0]._asdict()["worker"])
    age = date(2024, 6, 1) - date(1990, 7, 15)
    print(f"{age.days // 365} years, {age.days} days; {date(2024,6,1):%j %U %w}")
    print(time(9, 5).strftime("%H:%M:%S"), time(13, 7, 2, 5000), time(13, 7).isoformat())


main()
