"""Access control and settings with Flag enums, StrEnum, properties and copying."""
import copy
from enum import Enum, Flag, IntFlag, StrEnum, auto, unique
from functools import partial, singledispatchmethod, cached_property, reduce
import operator


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "blue-ish"


@unique
class Level(Enum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name == value.upper():
                    return member
        return None

    def __format__(self, spec):
        return format(self.name.title(), spec)

    @property
    def severe(self):
        return self.value >= 30


class Setting:
    def __init__(self, name, value, *, tags=None):
        self.name = name
        self._value = value
        self.tags = list(tags or [])
        self.changes = 0

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        if new == self._value:
            return
        self.changes += 1
        self._value = new

    @value.deleter
    def value(self):
        print(f"  reset {self.name}")
        self._value = None

    def __copy__(self):
        clone = Setting(self.name, self._value, tags=self.tags)
        clone.tags = self.tags
        return clone

    def __deepcopy__(self, memo):
        clone = Setting(self.name + "*", copy.deepcopy(self._value, memo), tags=copy.deepcopy(self.tags, memo))
        return clone

    def __repr__(self):
        return f"Setting({self.name!r}, {self._value!r}, tags={self.tags}, changes={self.changes})"


class Formatter:
    def __init__(self, width):
        self.width = width

    @singledispatchmethod
    def fmt(self, value):
        return f"?{value!r}".rjust(self.width)

    @fmt.register
    def _(self, value: int):
        return f"{value:>{self.width},}"

    @fmt.register
    def _(self, value: float):
        return f"{value:>{self.width}.2f}"

    @fmt.register(list)
    def _(self, value):
        return "[" + "|".join(self.fmt(v) for v in value) + "]"

    @cached_property
    def rule(self):
        print("  (computing rule)")
        return "-" * self.width

    def line(self, left, right, fill=" "):
        return f"{left}{fill * (self.width - len(left) - len(right))}{right}"


def main():
    p = Perm.READ | Perm.EXEC
    print(p, repr(p), bool(p), Perm.READ in p, Perm.WRITE in p)
    print(list(p), list(Perm.ALL), Perm.RW)
    print(~Perm.READ, Perm.ALL & ~Perm.WRITE, Perm(3), Perm.NONE, bool(Perm.NONE))
    print([m.name for m in Perm], len(Perm))
    m = Mode.R | Mode.W
    print(m, repr(m), int(m), m | 1, Mode(7), Mode.R + 1, f"{m}", f"{m:03b}")
    print(Mode(0), repr(Mode(0)), m & Mode.X, ~Mode.R)
    print(Color.RED, repr(Color.GREEN), Color.BLUE.upper(), f"<{Color.RED:>8}>", Color("green") is Color.GREEN)
    print(Color.RED == "red", sorted(Color), "-".join(Color))
    print(Level(20), Level("warning"), f"[{Level.ERROR:^9}]", Level.ERROR.severe, Level.DEBUG.severe)
    try:
        Level(99)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Level("trace")
    except ValueError as e:
        print("ValueError:", e)
    print(max(Level, key=lambda lv: lv.value).name)

    s = Setting("timeout", {"connect": 3, "read": [10, 20]}, tags=["net"])
    s.value = {"connect": 5, "read": [10, 20]}
    s.value = {"connect": 5, "read": [10, 20]}
    shallow = copy.copy(s)
    deep = copy.deepcopy(s)
    s.tags.append("edited")
    s.value["read"].append(30)
    print(s)
    print(shallow)
    print(deep)
    del shallow.value
    print(shallow.value, s.value is not None)

    f = Formatter(10)
    print(f.fmt(1234567), f.fmt(3.14159), f.fmt("hi"), f.fmt([1, 2.5]))
    print(f.rule)
    print(f.rule)
    banner = partial(f.line, fill=".")
    print(banner("name", "value"))
    print(banner("total", str(reduce(operator.add, [1, 2, 3]))))
    rows = list(map(partial(Formatter.fmt, f), [10, 20.0]))
    print(rows)


main()
