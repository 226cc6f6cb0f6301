import dataclasses
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, field, fields, replace
from typing import ClassVar, List, Optional


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    sku: int = field(default=0, repr=False)
    cached: Optional[int] = field(default=None, compare=False)


a = Item("pen", 1.5, ["office"])
b = Item("pen", 1.5, ["office"], cached=99)
print(a, repr(b), a == b, a != Item("pen"), Item("x").tags is not Item("y").tags)
print(asdict(a), astuple(a), [f.name for f in fields(a)], [f.name for f in fields(Item)])
print([(f.name, f.default) for f in fields(Item) if f.default is not dataclasses.MISSING])
print(replace(a, price=2.0), replace(a, name="ink", tags=[]), a)
print(dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(5))
a.price = 3.25
a.tags.append("new")
print(a, a.tags)
for bad in [lambda: Item(), lambda: Item("a", 1, [], 2, 3, 4), lambda: Item("a", nope=1), lambda: replace(a, nope=1),
            lambda: asdict(Item), lambda: asdict(5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, "x"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return replace(self, x=self.x + dx)


p = Point(1, 2)
print(p, p.moved(5), hash(p) == hash(Point(1, 2)), {p, Point(1, 2), Point(2)} == {Point(1, 2), Point(2, 0)})
for bad in [lambda: setattr(p, "x", 5), lambda: delattr(p, "y"), lambda: setattr(p, "z", 1)]:
    try:
        bad()
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, isinstance(e, AttributeError), e)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    name: str = "rect"

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h


r = Rect(2, 3.5)
print(r, r.area, fields(r)[2].init, asdict(r))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node(1, [Node(2), Node(3, [Node(4)])], {"k": Node(5)})
print(asdict(tree))
print(astuple(tree))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    y: int = 10


print(Child(0), Child(1, 2, 3), [f.name for f in fields(Child)], isinstance(Child(0), Base))


@dataclass(eq=False)
class Ident:
    v: int


i = Ident(1)
print(i == Ident(1), i == i, Ident(2).v)


@dataclass(repr=False)
class Quiet:
    v: int

    def __repr__(self):
        return "Quiet!"


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: str = "b"


print(Quiet(1), hash(Hashy(1)) == hash(Hashy(1)), Hashy(1) in {Hashy(1)})


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1


@dataclass
class Mixed:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int = 3


print(Opts(level=3), Mixed(1, c=5), Mixed(a=0, b=0))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Counter:
    count: int = 0
    history: list = field(default_factory=lambda: ["start"])

    def bump(self):
        self.count += 1
        self.history.append(self.count)
        return self


print(Counter().bump().bump(), Counter(5))


@dataclass
class WithClassVar:
    registry: ClassVar[list] = []
    name: str = "w"


print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.registry)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.make_dataclass("Dyn", ["a", ("b", int, 5)])(1))
