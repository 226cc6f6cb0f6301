# @dataclass(slots=True): __slots__ names the fields, so instances refuse other attributes.
from dataclasses import dataclass, fields


@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0


@dataclass(slots=True, frozen=True)
class Tag:
    name: str


p = Point(1)
print(p, Point.__slots__, hasattr(p, "__dict__"), [f.name for f in fields(p)], Point(2, 3) == Point(2.0, 3.0))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p, Tag("a"), hash(Tag("a")) == hash(Tag("a")))
try:
    Tag("a").name = "b"
except AttributeError as e:
    print(type(e).__name__, e)
