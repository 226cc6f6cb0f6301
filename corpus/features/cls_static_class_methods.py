class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def count(cls):
        return cls.__name__ + ":" + str(cls.created)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class MyDate(Date):
    pass


d = Date.from_string("2024-02-29")
m = MyDate.from_string("1999-12-31")
print(d, m, type(d).__name__, type(m).__name__)
print(Date.count(), MyDate.count())
print([y for y in range(1896, 1910) if Date.is_leap(y)])
print(d.is_leap(2000), Date.is_leap(1900), m.is_leap(2024))
