# A tzinfo subclass with daylight saving time: dst(), utcoffset(), tzname(), tm_isdst, and the
# conversions from UTC (astimezone, fromtimestamp) that go through tzinfo.fromutc as CPython's do.
from datetime import datetime, time, timedelta, timezone, tzinfo


class Alpine(tzinfo):
    """UTC+1, and UTC+2 from the last Sunday of March 02:00 to the last Sunday of October 03:00."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = self._last_sunday(dt.year, 3).replace(hour=2)
        end = self._last_sunday(dt.year, 10).replace(hour=3)
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

    @staticmethod
    def _last_sunday(year, month):
        d = datetime(year, month + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() + 1) % 7)


zone = Alpine()
for month in (1, 3, 7, 10, 12):
    dt = datetime(2024, month, 30, 12, 0, tzinfo=zone)
    print(dt.isoformat(), dt.dst(), dt.utcoffset(), dt.tzname(), dt.timetuple().tm_isdst, dt.strftime("%Z %z"))

# Across the spring and autumn changes, from UTC.
for hour in range(0, 3):
    utc = datetime(2024, 3, 31, hour, 30, tzinfo=timezone.utc)
    local = utc.astimezone(zone)
    print(utc.strftime("%H:%M UTC"), "->", local.strftime("%H:%M %Z"), local.dst())
for hour in range(0, 3):
    utc = datetime(2024, 10, 27, hour, 30, tzinfo=timezone.utc)
    local = utc.astimezone(zone)
    print(utc.strftime("%H:%M UTC"), "->", local.strftime("%H:%M %Z"), local.utcoffset())
print(datetime.fromtimestamp(1719835200, zone).isoformat())
same = datetime(2024, 7, 1, 9, tzinfo=zone)
print(same.astimezone(zone) is same, same.astimezone(timezone.utc).isoformat())
print(time(12, 30, tzinfo=zone).dst(), time(12, 30).dst(), datetime(2024, 7, 1).dst())


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return None


class Overridden(Alpine):
    def fromutc(self, dt):
        print("  fromutc called with", dt.isoformat())
        return super().fromutc(dt)


class BadDst(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return timedelta(0)

    def dst(self, dt):
        return self.value


print(datetime(2024, 7, 1, 9, tzinfo=NoDst()).dst(), datetime(2024, 7, 1, 9, tzinfo=NoDst()).utcoffset())
print(datetime(2024, 7, 1, 9, tzinfo=timezone.utc).astimezone(Overridden()).isoformat())
checks = [
    lambda: datetime(2024, 7, 1, tzinfo=timezone.utc).astimezone(NoDst()),
    lambda: datetime(2024, 7, 1, tzinfo=BadDst(1)).dst(),
    lambda: datetime(2024, 7, 1, tzinfo=BadDst(timedelta(days=1))).dst(),
    lambda: datetime(2024, 7, 1, tzinfo=BadDst(timedelta(hours=-3))).timetuple().tm_isdst,
    lambda: zone.fromutc(datetime(2024, 7, 1)),
    lambda: zone.fromutc("2024"),
    lambda: timezone.utc.fromutc(datetime(2024, 7, 1, tzinfo=zone)),
    lambda: timezone(timedelta(hours=3)).fromutc(datetime(2024, 7, 1, tzinfo=timezone(timedelta(hours=3)))),
    lambda: tzinfo().dst(None),
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)


class OnlyOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=3, minutes=30)


# Formatting asks the zone only for what the text shows.
odd = datetime(2024, 2, 29, 23, 59, 58, 5, tzinfo=OnlyOffset())
print(odd.isoformat(), str(odd), odd.utcoffset(), repr(f"{odd}"))
# strftime and format() first ask timetuple(), whose tm_isdst asks dst().
for text in (lambda: odd.tzname(), lambda: odd.strftime("%Y"), lambda: f"{odd:%d/%m}", lambda: odd.dst()):
    try:
        print("ok", text())
    except NotImplementedError as e:
        print("NotImplementedError:", e)


class WithDst(OnlyOffset):
    def dst(self, dt):
        return timedelta(0)


odd = odd.replace(tzinfo=WithDst())
print(odd.strftime("%Y-%m-%d %H:%M %z %%Z %:z %%%z"), f"{odd:%d/%m %z}", odd.timetuple().tm_isdst)

t = time(10, 5, 30, tzinfo=OnlyOffset())
print(t.isoformat(), str(t), t.utcoffset(), t.strftime("%H:%M %z"), f"{t:%I%p}", t.replace(hour=11).isoformat())
print(t < time(7, 0, tzinfo=timezone.utc), t == time(6, 35, 30, tzinfo=timezone.utc))
try:
    print(t.tzname())
except NotImplementedError as e:
    print("NotImplementedError:", e)
