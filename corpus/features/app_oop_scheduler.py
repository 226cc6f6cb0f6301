"""Meeting scheduler: time slots, rooms, conflicts; fallbacks of the data model."""
from functools import cached_property, total_ordering
from operator import attrgetter


@total_ordering
class Time:
    __slots__ = ("minutes",)

    def __init__(self, text_or_minutes):
        if isinstance(text_or_minutes, str):
            h, m = text_or_minutes.split(":")
            text_or_minutes = int(h) * 60 + int(m)
        object.__setattr__(self, "minutes", text_or_minutes)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __add__(self, mins):
        return type(self)(self.minutes + mins)

    def __sub__(self, other):
        if isinstance(other, Time):
            return self.minutes - other.minutes
        return Time(self.minutes - other)

    def __eq__(self, other):
        if not isinstance(other, Time):
            return NotImplemented
        return self.minutes == other.minutes

    def __lt__(self, other):
        if not isinstance(other, Time):
            return NotImplemented
        return self.minutes < other.minutes

    def __hash__(self):
        return hash(self.minutes)

    def __str__(self):
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"

    __repr__ = __str__


class Slot:
    def __init__(self, start, end):
        self.start, self.end = Time(start), Time(end)
        if self.end <= self.start:
            raise ValueError(f"empty slot {start}-{end}")

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __contains__(self, t):
        return self.start <= t < self.end

    def __len__(self):
        return self.end - self.start

    def __repr__(self):
        return f"[{self.start}-{self.end})"


class Meeting:
    def __init__(self, title, slot, people, room=None):
        self.title, self.slot, self.people, self.room = title, slot, frozenset(people), room

    @cached_property
    def cost(self):
        print(f"  (computing cost of {self.title})")
        return len(self.slot) * len(self.people)

    def __repr__(self):
        return f"{self.title}{self.slot}@{self.room or '?'}"


class Room:
    def __init__(self, name, seats):
        self.name, self.seats = name, seats

    def __bool__(self):
        return self.seats > 0


class Calendar:
    def __init__(self, rooms):
        self.rooms = rooms
        self.meetings = []

    def __getitem__(self, i):
        return self.meetings[i]

    def __len__(self):
        return len(self.meetings)

    def conflicts(self, m):
        for other in self:
            if other.slot.overlaps(m.slot) and (other.people & m.people or other.room == m.room):
                yield other

    def book(self, title, start, end, *people):
        m = Meeting(title, Slot(start, end), people)
        for room in sorted(filter(None, self.rooms), key=attrgetter("seats")):
            if room.seats < len(m.people):
                continue
            m.room = room.name
            clash = list(self.conflicts(m))
            if not clash:
                self.meetings.append(m)
                return m
        clash = list(self.conflicts(m))
        raise LookupError(f"cannot book {title}: clashes with {clash}")


cal = Calendar([Room("big", 8), Room("closet", 0), Room("small", 3), Room("mid", 5)])
requests = [
    ("standup", "09:00", "09:15", "ann", "bob", "cy"),
    ("design", "09:00", "10:30", "dee", "eve"),
    ("1:1", "09:10", "09:40", "ann", "fay"),
    ("review", "10:00", "11:00", "bob", "cy", "dee", "eve", "gus", "hal"),
    ("lunch", "12:00", "11:00", "ann"),
    ("sync", "10:15", "10:45", "fay", "gus"),
]
for title, start, end, *people in requests:
    try:
        m = cal.book(title, start, end, *people)
        print("booked", m)
    except (LookupError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(len(cal), cal[0], cal[-1].people == {"fay", "gus"}, [m.title for m in cal])
print("09:30 busy:", [m.title for m in cal if Time("09:30") in m.slot])
print("iterating calendar via __getitem__:", ", ".join(m.title for m in cal))
print(sum(m.cost for m in cal), cal[0].cost, "cached" if "cost" in vars(cal[0]) else "not cached")
t = Time("23:50")
print(t + 15, t - 50, Time("10:00") - Time("08:30"), max(Time("9:05"), Time("09:50")), sorted({Time(5), Time(1), Time(5)}))
print(Time(60) == Time("1:00"), Time(60) != 60, Time(1) >= Time(0), Time(1) <= Time(1))
try:
    t.minutes = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Time(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Slot("10:00", "10:00")
except ValueError as e:
    print("ValueError:", e)
print(bool(Room("x", 0)), [r.name for r in cal.rooms if r], isinstance(t, (Slot, Time)), type(t + 1).__name__)
