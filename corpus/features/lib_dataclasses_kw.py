import dataclasses
from dataclasses import KW_ONLY, dataclass, field, fields, make_dataclass, replace


@dataclass
class Base:
    x: int = 0
    tag: str = field(default="b", kw_only=True)


@dataclass
class Derived(Base):
    y: int = 1
    _: KW_ONLY
    label: str
    weight: float = 1.0


d = Derived(5, 6, label="L")
print(d, Derived(label="only"), [(f.name, f.kw_only) for f in fields(Derived)], Derived.__match_args__)
print(replace(d, tag="t", weight=2.5), d == Derived(5, 6, label="L", tag="b"))
for bad in [lambda: Derived(1, 2, "L"), lambda: Derived(1), lambda: Derived(1, 2, 3, label="x")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


@dataclass(kw_only=True, order=True)
class Job:
    priority: int
    name: str = "job"


print(sorted([Job(priority=3), Job(priority=1, name="a")]), Job.__match_args__)
try:
    Job(1)
except TypeError as e:
    print("TypeError:", e)
Point = make_dataclass("Point", [("x", int), ("y", int, 0), ("z", int, field(default=9, repr=False))], frozen=True)
p = Point(1)
print(p, p.z, hash(p) == hash(Point(1, 0, 9)), [f.name for f in fields(Point)], dataclasses.is_dataclass(Point))
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Plain:
    first: int


Scaled = make_dataclass("Scaled", ["a", "b"], bases=(Plain,), namespace={"total": lambda self: self.a + self.b}, order=True)
s = Scaled(1, 2, 3)
print(s, s.total(), Scaled(1, 2, 3) < Scaled(1, 2, 4), isinstance(s, Plain))
for bad in [lambda: make_dataclass("Bad", ["a", "a"]), lambda: make_dataclass("Bad", [("a", int, 1), "b"])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
