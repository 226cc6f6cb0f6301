import datetime as dt
from datetime import date, datetime, time, timedelta, timezone, tzinfo

print(repr(timedelta(0)), repr(timedelta(days=-1)), repr(timedelta(hours=25, microseconds=5)),
      timedelta(hours=25, microseconds=5), timedelta(seconds=-1), timedelta(days=2), timedelta(days=-2, seconds=5))
print(timedelta(hours=1.5), timedelta(seconds=0.0000015), timedelta(milliseconds=1.0000005),
      timedelta(weeks=1, minutes=-1), timedelta(microseconds=2.5), timedelta(microseconds=3.5), repr(timedelta(0.1)))
t = timedelta(days=1, seconds=5)
print(t * 2, t * 0.5, 2.5 * t, t / 2, t / t, t // timedelta(hours=1), t // 3, t % timedelta(hours=5),
      divmod(t, timedelta(hours=7)), -t, abs(-t), t.total_seconds(), bool(timedelta(0)), t * 1.1)
print(timedelta.max, timedelta.min, timedelta.resolution, t.days, t.seconds, timedelta(microseconds=-1).microseconds,
      timedelta(days=1) / 1.5, timedelta(minutes=1) / timedelta(seconds=7), timedelta(1) == 1, timedelta(1) != 1,
      hash(timedelta(1)) == hash(timedelta(hours=24)), sum([timedelta(hours=5)] * 7, timedelta()))

d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), date(2024, 1, 1).isocalendar(),
      date(2024, 12, 30).isocalendar(), date(2024, 3, 1) - date(2024, 2, 1), date(2024, 1, 31) + timedelta(days=1),
      date.fromordinal(738000), date(2024, 1, 1).toordinal(), date.min, date.max, date.resolution)
print(date.fromisoformat("2024-05-06"), date(2024, 5, 6).replace(day=1), date(2024, 5, 6).ctime(),
      date(2024, 5, 6).strftime("%A %d %B %Y %j %U %W %a %b %y %m %w %u %G-W%V %e %C %D %F %%"),
      format(date(2024, 5, 6), "%d/%m"), f"{date(2024, 5, 6)}", date.fromisocalendar(2024, 1, 1),
      date.fromisoformat("2024W015"), date.fromisoformat("20240506"))
year, week, weekday = date(2021, 1, 3).isocalendar()
print(year, week, weekday, date(2021, 1, 3).isocalendar()[1], date(2020, 12, 31).isocalendar().week)

tz = timezone(timedelta(hours=5, minutes=30))
print(repr(tz), tz, repr(timezone.utc), timezone.utc, repr(timezone(timedelta(0), "Z")),
      repr(timezone(-timedelta(hours=3), "EST")), tz.utcoffset(None), tz.tzname(None), timezone(timedelta(hours=-3)),
      timezone.utc == timezone(timedelta(0)), timezone.min, timezone.max, dt.UTC is timezone.utc)
a = datetime(2024, 3, 10, 12, 30, tzinfo=tz)
print(repr(a), a, a.isoformat(), a.utcoffset(), a.tzname(), a.astimezone(timezone.utc), a.timestamp(),
      a - datetime(2024, 3, 10, tzinfo=timezone.utc), a.strftime("%z %Z %:z"), hash(a) == hash(a.astimezone(timezone.utc)),
      a == a.astimezone(timezone.utc))
print(repr(datetime(2024, 1, 5, 10, 30)), repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 0, 0, 5)),
      repr(datetime(2024, 1, 5, 1, 2, 3, 4)), datetime(2024, 1, 5, 1, 2, 3, 4), repr(time()), repr(time(1, 2, 3, 4)),
      time(1, 2), time(1, 2, 3, 400))
print(datetime(2024, 1, 5, 10, 30).isoformat(), datetime(2024, 1, 5, 10, 30).isoformat(" ", "minutes"),
      datetime(2024, 1, 5, 10, 30, 1, 5000).isoformat(timespec="milliseconds"), datetime(2024, 1, 5).date(),
      datetime(2024, 1, 5, 3, 4).time(), datetime.combine(date(2024, 1, 5), time(3, 4)))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone.utc),
      datetime(2024, 1, 5, 10, 30, tzinfo=timezone.utc).timestamp(), datetime.utcfromtimestamp(86400 * 365) if False else "")
print(datetime.fromisoformat("2024-01-05T10:30:00.123"), datetime.fromisoformat("2024-01-05 10:30"),
      datetime.fromisoformat("20240105T103000Z"), datetime.fromisoformat("2024-01-05T10:30+05:30"),
      datetime.fromisoformat("2024-01-05"), time.fromisoformat("10:30:15"))
print(datetime.strptime("2024-01-05 10:30:15", "%Y-%m-%d %H:%M:%S"), datetime.strptime("5 Jan 2024 3PM", "%d %b %Y %I%p"),
      datetime.strptime("Friday, January 05, 2024", "%A, %B %d, %Y"), datetime.strptime("24/1/5", "%y/%m/%d"),
      datetime.strptime("2024-01-05T10:30:15.25+0100", "%Y-%m-%dT%H:%M:%S.%f%z"), datetime.strptime("2024-060", "%Y-%j"))
print(datetime(2024, 1, 5, 10, 30) + timedelta(hours=20), datetime(2024, 1, 5) - timedelta(days=400),
      datetime(2024, 3, 1) - datetime(2023, 3, 1), datetime(2024, 1, 5, 23).replace(hour=1, day=7),
      datetime(2024, 1, 5, 13, 5).strftime("%I:%M %p %c %x %X %j %H%M%S.%f %y"), datetime(2024, 1, 5).ctime(),
      datetime.min, datetime.max, datetime.resolution)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5)]), max(date(2020, 1, 1), date(2021, 1, 1)),
      {date(2024, 1, 1): 1}[date(2024, 1, 1)], date(2024, 1, 1) in {date(2024, 1, 1)}, datetime(2024, 1, 5, 10).weekday(),
      datetime(2024, 1, 5).isocalendar(), f"{datetime(2024, 1, 5, 10, 30):%Y/%m/%d %H:%M}", f"{date(2024, 1, 5):%b %d}",
      format(time(3, 4), "%H.%M"), isinstance(datetime(2024, 1, 1), date), isinstance(date(2024, 1, 1), datetime))
print(time(10, 30) < time(11), time(1) == time(1), time(1, tzinfo=timezone.utc).isoformat(),
      time(1, 2, 3, 4).isoformat("milliseconds"), time(1, 2).strftime("%H-%M %p"), time(1, 2).replace(hour=5),
      repr(time(1, 2, tzinfo=timezone.utc)), time.min, time.max, time(1).hour, bool(time(0)))


class EST(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)

    def tzname(self, d):
        return "EST"

    def dst(self, d):
        return timedelta(0)


e = datetime(2024, 1, 1, 12, tzinfo=EST())
print(e, e.tzname(), e.utcoffset(), e.astimezone(timezone.utc), e.strftime("%Z %z"))
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1),
      datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc))
print(datetime.now() > datetime(2020, 1, 1), type(datetime.now()).__name__, type(date.today()).__name__,
      datetime.now(timezone.utc).tzinfo, (datetime.now(timezone.utc) - datetime.now(timezone.utc)) < timedelta(seconds=5))

start = date(2024, 1, 29)
for i in range(3):
    due = start + timedelta(days=30 * i)
    print(f"invoice {i}: {due:%Y-%m-%d} ({due:%a}) week {due.isocalendar()[1]}, {(due - start).days} days")

checks = [
    ('date(0, 1, 1)', lambda: date(0, 1, 1)),
    ('date(2023, 2, 29)', lambda: date(2023, 2, 29)),
    ('date(2024, 13, 1)', lambda: date(2024, 13, 1)),
    ('date(2024, 1, 0)', lambda: date(2024, 1, 0)),
    ('date(10000, 1, 1)', lambda: date(10000, 1, 1)),
    ("date('2024', 1, 1)", lambda: date('2024', 1, 1)),
    ('date(2024.0, 1, 1)', lambda: date(2024.0, 1, 1)),
    ("date.fromisoformat('2024-5-6')", lambda: date.fromisoformat('2024-5-6')),
    ('date(2024, 1, 1) + 1', lambda: date(2024, 1, 1) + 1),
    ('date.max + timedelta(1)', lambda: date.max + timedelta(1)),
    ('timedelta(days=10 ** 9)', lambda: timedelta(days=10 ** 9)),
    ('timedelta(1) / 0', lambda: timedelta(1) / 0),
    ('timedelta(1) // 0', lambda: timedelta(1) // 0),
    ('timedelta(1) + 1', lambda: timedelta(1) + 1),
    ('timedelta(1) < 1', lambda: timedelta(1) < 1),
    ("timedelta('1')", lambda: timedelta('1')),
    ('timedelta(x=1)', lambda: timedelta(x=1)),
    ('timedelta(1) / timedelta(0)', lambda: timedelta(1) / timedelta(0)),
    ('timedelta(1) % timedelta(0)', lambda: timedelta(1) % timedelta(0)),
    ('date(2024, 1, 1) < datetime(2024, 1, 1)', lambda: date(2024, 1, 1) < datetime(2024, 1, 1)),
    ('datetime(2024, 1, 1) < date(2024, 1, 1)', lambda: datetime(2024, 1, 1) < date(2024, 1, 1)),
    ('date(2024, 1, 1) - datetime(2024, 1, 1)', lambda: date(2024, 1, 1) - datetime(2024, 1, 1)),
    ('datetime(2024, 1, 1) - date(2024, 1, 1)', lambda: datetime(2024, 1, 1) - date(2024, 1, 1)),
    ('timezone(timedelta(hours=24))', lambda: timezone(timedelta(hours=24))),
    ('timezone(1)', lambda: timezone(1)),
    ('datetime(2024, 1, 1, 24)', lambda: datetime(2024, 1, 1, 24)),
    ('datetime(2024, 1, 1, tzinfo=1)', lambda: datetime(2024, 1, 1, tzinfo=1)),
    ('datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)', lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)),
    ('datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)', lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)),
    ("datetime.strptime('2024-01-05', '%Y-%m-%d %H')", lambda: datetime.strptime('2024-01-05', '%Y-%m-%d %H')),
    ("datetime.strptime('2024-01-05x', '%Y-%m-%d')", lambda: datetime.strptime('2024-01-05x', '%Y-%m-%d')),
    ("datetime.fromisoformat('2024-01-05T25:00')", lambda: datetime.fromisoformat('2024-01-05T25:00')),
    ('time(25)', lambda: time(25)),
    ('tzinfo().utcoffset(None)', lambda: tzinfo().utcoffset(None)),
    ('timezone(timedelta(hours=1), 5)', lambda: timezone(timedelta(hours=1), 5)),
    ('date(2024, 1, 1).isoformat() + 1', lambda: date(2024, 1, 1).isoformat() + 1),
]
for label, check in checks:
    try:
        print(label, "->", check())
    except Exception as ex:
        print(label, type(ex).__name__, ex)
