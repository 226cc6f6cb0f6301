import enum
from enum import Enum, Flag, IntEnum, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED


print(Color.RED, repr(Color.GREEN), str(Color.BLUE), Color.RED.name, Color.RED.value, Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__), Color.__members__["CRIMSON"])
print(Color(2), Color["BLUE"], getattr(Color, "GREEN"), Color.RED in Color, Color(1) is Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is not Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", f"{Color.GREEN!r}", "%s" % Color.BLUE, type(Color.RED).__name__, type(Color.RED) is Color)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum), Color.RED.__class__.__name__)
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.BLUE, lambda: setattr(Color.RED, "value", 5),
            lambda: Color("RED")]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(sorted(Color, key=lambda c: c.value), {Color.RED: "r", Color.BLUE: "b"}[Color.RED], max(Color, key=lambda c: c.name))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()} g={self.surface_gravity:.2f}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.describe(), Planet.heaviest(), Planet((3.303e23, 2.4397e6)))


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), Shape.SQUARE.value, [s.value for s in Shape])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(Lower.NORTH.value, Lower("south"))


class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Prio.LOW, repr(Prio.MID), Prio.HIGH + 1, Prio.LOW < Prio.HIGH, Prio.MID == 5, sorted([Prio.HIGH, Prio.LOW, 3]))
print(int(Prio.MID), Prio(10), Prio["LOW"], f"{Prio.HIGH}", str(Prio.HIGH), Prio.MID * 2, [1, 2, 3, 4, 5, 6][Prio.MID])
print(isinstance(Prio.LOW, int), max(Prio), Prio.LOW.name, list(Prio), format(Prio.MID, "03d"))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm.R & Perm.X), rw.value, list(rw))
print(Perm(6), Perm(0), ~Perm.R, Perm.R ^ Perm.W, rw.name, Perm.X.name, Perm(7))


class Access(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


rx = Access.READ | Access.EXEC
print(rx, repr(rx), rx == 5, rx & 1, Access.WRITE in rx, int(rx), Access(3), Access.READ + 1, rx | 8)


class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 0


print(Weekday.MON.value, Weekday.WED.value, Weekday.MON | Weekday.WED)


@unique
class Single(Enum):
    A = 1
    B = 2


print(list(Single))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Extend(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)


class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


print(Status.OPEN, repr(Status.OPEN), Status.OPEN == "open", Status("closed"), Status.OPEN.upper(), f"{Status.CLOSED}")


class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    def __str__(self):
        return f"mood:{self.value}"

    @staticmethod
    def default():
        return Mood.HAPPY


print(Mood.SAD, Mood.default(), [str(m) for m in Mood], Mood.HAPPY.value.upper())
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Pet = Enum("Pet", [("DOG", "d"), ("FISH", "f")])
print(Pet.DOG, Pet("f"), Pet.DOG.value)
match Color.GREEN:
    case Color.RED:
        print("red!")
    case Color.GREEN:
        print("green!")
