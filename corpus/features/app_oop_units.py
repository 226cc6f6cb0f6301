"""Physical quantities with units: numeric dunders, NamedTuple, Protocol, enum extras."""
import math
import copy
from enum import Enum, IntFlag, unique
from typing import NamedTuple, Protocol, runtime_checkable


@unique
class Dim(Enum):
    LENGTH = "m"
    TIME = "s"
    MASS = "kg"

    @property
    def symbol(self):
        return self.value

    @classmethod
    def _missing_(cls, value):
        aliases = {"meter": cls.LENGTH, "second": cls.TIME}
        return aliases.get(value)


class Access(IntFlag):
    R = 4
    W = 2
    X = 1


class Quantity:
    def __init__(self, value, unit=""):
        self.value = value
        self.unit = unit

    def _check(self, other):
        if not isinstance(other, Quantity):
            return Quantity(other)
        if other.unit != self.unit:
            raise TypeError(f"cannot combine {self.unit or '1'} with {other.unit or '1'}")
        return other

    def __add__(self, other):
        o = self._check(other)
        return Quantity(self.value + o.value, self.unit)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Quantity(self.value - self._check(other).value, self.unit)

    def __mul__(self, other):
        if isinstance(other, Quantity):
            unit = "*".join(u for u in (self.unit, other.unit) if u)
            return Quantity(self.value * other.value, unit)
        return Quantity(self.value * other, self.unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            if other.unit == self.unit:
                return self.value / other.value
            return Quantity(self.value / other.value, f"{self.unit}/{other.unit}")
        return Quantity(self.value / other, self.unit)

    def __floordiv__(self, other):
        return Quantity(self.value // other, self.unit)

    def __mod__(self, other):
        return Quantity(self.value % other, self.unit)

    def __pow__(self, n):
        return Quantity(self.value ** n, f"{self.unit}^{n}")

    def __neg__(self):
        return Quantity(-self.value, self.unit)

    def __pos__(self):
        return self

    def __abs__(self):
        return Quantity(abs(self.value), self.unit)

    def __float__(self):
        return float(self.value)

    def __int__(self):
        return int(self.value)

    def __round__(self, ndigits=None):
        return Quantity(round(self.value, ndigits), self.unit)

    def __floor__(self):
        return Quantity(math.floor(self.value), self.unit)

    def __ceil__(self):
        return Quantity(math.ceil(self.value), self.unit)

    def __trunc__(self):
        return Quantity(math.trunc(self.value), self.unit)

    def __eq__(self, other):
        return isinstance(other, Quantity) and (self.value, self.unit) == (other.value, other.unit)

    def __lt__(self, other):
        return self.value < self._check(other).value

    def __le__(self, other):
        return self.value <= self._check(other).value

    def __hash__(self):
        return hash((self.value, self.unit))

    def __format__(self, spec):
        return f"{format(self.value, spec)} {self.unit}".rstrip()

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"

    def __str__(self):
        return format(self, "")


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def __str__(self):
        return f"({self.x:g}, {self.y:g})"


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


d = Quantity(100, "m")
t = Quantity(9.58, "s")
v = d / t
print(v, repr(v), f"{v:.3f}", f"{d:>8}")
print(d + 20, 20 + d, d - Quantity(1.5, "m"), -d, +d, abs(Quantity(-3, "s")), 2 * d, d * 2)
print(d * d, d ** 2, d / Quantity(4, "m"), d // 7, d % 7)
print(float(v), int(v), round(v, 2), round(Quantity(2.5)), math.floor(v), math.ceil(v), math.trunc(-v))
print(sum([Quantity(1, "kg"), Quantity(2, "kg"), Quantity(3.5, "kg")]))
print(sorted([Quantity(3, "s"), Quantity(1, "s"), Quantity(2, "s")]), Quantity(1, "s") <= Quantity(1, "s"))
try:
    d + t
except TypeError as e:
    print("TypeError:", e)
try:
    Quantity(1) > Quantity(2)
except TypeError as e:
    print("TypeError:", e)
print(len({Quantity(1, "m"), Quantity(1, "m"), Quantity(1.0, "m")}), Quantity(1, "m") == Quantity(1, "s"))

items = list("abcdefg")
i = Index(3)
print(items[i], items[Index(1):Index(4)], range(10)[i], bin(i), hex(Index(255)), [0] * Index(2))
print(operator_index := i.__index__())

p, q = Point(3, 4), Point(0)
print(p, repr(q), p.dist(q), p._replace(y=0), p._asdict(), Point._fields, Point._field_defaults)
print(p + q, p[0], max(p), p.x * 2, Point(*reversed(p)), isinstance(p, tuple))
x, y = p
print(x, y, p == (3, 4), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

print(isinstance(Square(2), HasArea), isinstance("x", HasArea), [s.area() for s in [Square(3)] if isinstance(s, HasArea)])

print(Dim("m"), Dim("meter"), Dim.TIME.symbol, [d.name for d in Dim], Dim["MASS"].value)
try:
    Dim("furlong")
except ValueError as e:
    print("ValueError:", e)
perm = Access.R | Access.W
print(perm, int(perm), Access.X in perm, perm & Access.W, Access(7), perm | 1, perm == 6)
print([a.name for a in Access], Access.R > Access.W, format(Access.W, "03d"))

orig = {"q": [Quantity(1, "m")], "p": Point(1, 2)}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["q"][0].value = 99
print(shallow["q"][0], deep["q"][0], deep["p"] is orig["p"] or deep["p"] == orig["p"])
