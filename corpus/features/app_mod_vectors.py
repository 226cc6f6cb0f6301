"""Vector math and a unit-aware quantity type with full operator overloading."""
from __future__ import annotations

import math
from functools import total_ordering
from typing import Iterator, Protocol, TypeVar, Generic, runtime_checkable



class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x: float = 0.0, y: float = 0.0) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Vec2({self.x!r}, {self.y!r})"

    def __str__(self) -> str:
        return f"({self.x:g}, {self.y:g})"

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Vec2):
            return (self.x, self.y) == (other.x, other.y)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __add__(self, other: Vec2) -> Vec2:
        if not isinstance(other, Vec2):
            return NotImplemented
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Vec2) -> Vec2:
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> Vec2:
        if isinstance(k, (int, float)):
            return Vec2(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k: float) -> Vec2:
        return Vec2(self.x / k, self.y / k)

    def __neg__(self) -> Vec2:
        return Vec2(-self.x, -self.y)

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __bool__(self) -> bool:
        return bool(self.x or self.y)

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y

    def __matmul__(self, other: Vec2) -> float:
        return self.x * other.x + self.y * other.y

    def __getitem__(self, i: int) -> float:
        return (self.x, self.y)[i]


@total_ordering
class Quantity:
    UNITS = {"m": 1.0, "cm": 0.01, "km": 1000.0, "mm": 0.001}

    def __init__(self, amount: float, unit: str = "m") -> None:
        if unit not in self.UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        self.amount = amount
        self.unit = unit

    @property
    def meters(self) -> float:
        return self.amount * self.UNITS[self.unit]

    def to(self, unit: str) -> Quantity:
        return Quantity(self.meters / self.UNITS[unit], unit)

    def __add__(self, other: Quantity | float) -> Quantity:
        if isinstance(other, Quantity):
            return Quantity(self.amount + other.to(self.unit).amount, self.unit)
        if isinstance(other, (int, float)):
            return Quantity(self.amount + other, self.unit)
        return NotImplemented

    def __radd__(self, other: float) -> Quantity:
        return self + other

    def __iadd__(self, other: Quantity) -> Quantity:
        self.amount = (self + other).amount
        return self

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Quantity) and math.isclose(self.meters, other.meters)

    def __lt__(self, other: Quantity) -> bool:
        return self.meters < other.meters

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        return f"Quantity({self.amount:g}, {self.unit!r})"

    def __str__(self) -> str:
        return f"{self.amount:g} {self.unit}"


T = TypeVar("T", bound="Measurable")


@runtime_checkable
class Measurable(Protocol):
    def __abs__(self) -> float: ...


class Stats(Generic[T]):
    def __init__(self, items: list[T]) -> None:
        self.items = items

    def largest(self) -> T:
        return max(self.items, key=abs)

    def __contains__(self, item: object) -> bool:
        return any(item == x for x in self.items)

    def __len__(self) -> int:
        return len(self.items)


def main() -> None:
    a, b = Vec2(3, 4), Vec2(1.5, -2)
    print(a, repr(b), a + b, a - b, a * 2, 0.5 * a, -b, a / 4)
    print(abs(a), a @ b, bool(Vec2()), bool(b), list(a), a[1], tuple(b))
    print(f"{a}|{b:.2f}|{a!r}|{a!s}")
    print(a == Vec2(3, 4), a != b, a == (3, 4), len({a, Vec2(3, 4), b}))
    x, y = b
    print(x, y, sum(a), max(b), sorted(a, reverse=True))
    try:
        a.z = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        a + 1
    except TypeError as e:
        print("TypeError:", e)
    print(hasattr(a, "__dict__"), Vec2.__slots__)

    d = Quantity(1.5, "km")
    e = Quantity(250, "m")
    print(d + e, e + d, d.to("m"), e.to("cm"), 5 + e, e + 2.5)
    total = Quantity(0)
    for q in [d, e, Quantity(50, "cm")]:
        total += q
    print(total, repr(total), total > d, d >= e, Quantity(1, "m") == Quantity(100, "cm"))
    print(sorted([d, e, Quantity(3, "mm")]), min(d, e))
    try:
        hash(d)
    except TypeError as e2:
        print("TypeError:", e2)
    try:
        Quantity(1, "mile")
    except ValueError as e3:
        print(e3)
    try:
        d < 5
    except AttributeError as e4:
        print("AttributeError:", e4)

    s = Stats([a, b, Vec2(-6, 0)])
    print(s.largest(), a in s, Vec2(0, 1) in s, len(s))
    print(isinstance(a, Measurable), isinstance("text", Measurable), isinstance(3, Measurable))
    print(sum([Quantity(1), Quantity(2)], Quantity(0, "cm")))


main()
