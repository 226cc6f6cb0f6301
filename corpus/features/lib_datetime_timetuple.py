# date.timetuple() and datetime.timetuple(): a time.struct_time with tm_yday and tm_isdst=-1.
from datetime import date, datetime, timedelta, timezone
import time

for d in [date(2023, 12, 31), date(2024, 2, 29), date(2024, 1, 1)]:
    t = d.timetuple()
    print(t)
    print(t.tm_yday, t.tm_wday, t[7], tuple(t)[:3], t.tm_zone, t.tm_gmtoff, len(t))
dt = datetime(2024, 3, 1, 5, 6, 7, 999)
print(dt.timetuple())
aware = datetime(2024, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
print(aware.timetuple().tm_isdst, aware.timetuple()[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S day %j", dt.timetuple()))
year_days = [date(2024, m, 1).timetuple().tm_yday for m in range(1, 13)]
print(year_days)
