# time's calendar functions: struct_time, gmtime/localtime of given epochs, mktime,
# strftime (glibc directives and flags), asctime/ctime, strptime.
import time

t = time.gmtime(1_000_000_000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], tuple(t))
year, month, day, *rest = t
print(year, month, day, rest)
print(t == (2001, 9, 9, 1, 46, 40, 6, 252, 0), isinstance(t, tuple), type(t).__name__)
print(time.localtime(0))
print(time.localtime(0).tm_zone, time.gmtime(0).tm_zone)
print(time.gmtime(-1.5))
print(time.gmtime(951782400))  # 2000-02-29
print(time.gmtime(86399.999))

for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %d %e %j", "%I:%M %p", "%U %W %V %G %g %u %w",
            "%c | %x | %X | %D | %F | %T | %R | %r", "%y %C %h %n%t%%", "%Z %z", "%s",
            "%-d/%-m/%Y %-H:%-M", "%_d|%_m|%0e|%^a|%^B|%-j", "%Ey %EY %Od %OH %Ea %Q %-Q %", "%f"]:
    print(repr(time.strftime(fmt, t)))
print(time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%H:%M", (2024, 0, 0, 13, 5, 0, 0, 0, 0)))
print(time.strftime("%Z %z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Z %z", time.gmtime(0)))

print(time.asctime(t))
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.ctime(0), time.ctime(1e9))
print(time.mktime(t), time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.mktime((2024, 14, 35, 25, 0, 0, 0, 1, 0)))
print(time.mktime(time.localtime(123456789)))
print(time.timezone, time.altzone, time.daylight, time.tzname)

s = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)
p = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(p)
print(time.strftime("%A %d %B %Y", p))
print(time.strptime("Tue Mar  5 14:07:09 2024"))
print(sorted([time.gmtime(5), time.gmtime(3)])[0].tm_sec)
print(hash(time.gmtime(0)) == hash((1970, 1, 1, 0, 0, 0, 3, 1, 0)))

for bad in [lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime("%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0]),
            lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, -2, 1, 0)),
            lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0)),
            lambda: time.strftime(5), lambda: time.mktime((1, 2)),
            lambda: time.strftime("%Y", (2024, 1, 1.5, 0, 0, 0, 0, 1, 0)),
            lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e20),
            lambda: time.struct_time((1, 2)), lambda: time.strptime("2024", "%d"),
            lambda: setattr(t, "tm_year", 5)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError, AttributeError) as e:
        print(type(e).__name__, e)
