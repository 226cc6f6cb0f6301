# calendar: module functions, the Day/Month enums, English names, Calendar and TextCalendar
# (a subclass overriding formatday changes formatmonth), errors.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900))
w = calendar.weekday(2024, 1, 1)
print(w, repr(w), w == 0, w + 1, calendar.weekday(1, 1, 1), calendar.weekday(12345, 6, 7))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12))
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 2))
print(repr(calendar.month(2024, 2, 3, 2)))
calendar.prmonth(1999, 12)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(list(calendar.month_name))
print(list(calendar.month_abbr), len(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_abbr[-1], calendar.month_name[1:3])
print(calendar.MONDAY, calendar.SUNDAY, repr(calendar.FRIDAY), calendar.JANUARY, repr(calendar.DECEMBER))
print(calendar.Day(3), repr(calendar.Month(5)), [int(d) for d in calendar.Day])
print(calendar.firstweekday(), calendar.weekheader(2), repr(calendar.weekheader(9)), calendar.weekheader(1))
print(calendar.timegm((2024, 3, 5, 14, 7, 9, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.mdays)

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9))
print(calendar.monthcalendar(2024, 9)[0])
calendar.setfirstweekday(0)

c = calendar.Calendar(firstweekday=6)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c.firstweekday = 9
print(c.firstweekday, list(c.iterweekdays()))
c.setfirstweekday(0)
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:8])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays4(2024, 12))[-3:])
print([d.isoformat() for d in c.itermonthdates(2024, 5)][:3])
print(c.monthdatescalendar(2024, 4)[0][0], c.monthdays2calendar(2024, 4)[-1])
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 4)[0]), c.yeardays2calendar(2024, 6)[1][0][0])

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 7))
print(tc.formatmonth(2025, 7, w=4, l=1))
print(repr(tc.formatweekday(0, 3)), repr(tc.formatweekday(2, 10)), repr(tc.formatmonthname(2025, 7, 20)))
print(repr(tc.formatmonthname(2025, 7, 20, withyear=False)), repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 3)))
print(repr(tc.formatweek([(1, 0), (2, 1), (0, 2)], 2)))
tc.prmonth(2025, 1, 3)
tc.pryear(2025, 2, 1, 2, 4)


class Marked(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if day == 13:
            return "**".center(width)
        return super().formatday(day, weekday, width)


print(Marked().formatmonth(2024, 9))

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.month(2024, 0),
            lambda: calendar.setfirstweekday(7), lambda: calendar.weekday(2024, 2, 30),
            lambda: calendar.monthrange(2024, "x")]:
    try:
        print(bad())
    except calendar.IllegalMonthError as e:
        print("IllegalMonthError", e, e.month, isinstance(e, ValueError))
    except calendar.IllegalWeekdayError as e:
        print("IllegalWeekdayError", e, e.weekday)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    calendar.monthrange(2024, 14)
except calendar.error as e:
    print("error", e)
