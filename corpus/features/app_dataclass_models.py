# Dataclasses: slots=True, InitVar with __post_init__, kw_only fields, eq=False, frozen replace, unsafe_hash, mutable-default error.
from dataclasses import dataclass, field, InitVar, fields, is_dataclass, asdict, astuple, replace
from typing import ClassVar, Optional


@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass
class Account:
    owner: str
    password: InitVar[str]
    balance: float = 0.0
    hashed: str = field(init=False, repr=False)
    tags: list = field(default_factory=list, kw_only=True)
    count: ClassVar[int] = 0

    def __post_init__(self, password):
        self.hashed = password[::-1] * 2
        Account.count += 1


@dataclass(eq=False)
class Handle:
    name: str


@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0
    label: Optional[str] = None

    def bump(self) -> "Version":
        return replace(self, minor=self.minor + 1)

    def __str__(self):
        return f"v{self.major}.{self.minor}" + (f"-{self.label}" if self.label else "")


@dataclass(order=True, unsafe_hash=True)
class Pair:
    a: int
    b: str = field(compare=False, hash=False)


p = Point(3, 4)
print(p, p.dist(), Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
a = Account("ann", "secret", tags=["vip"])
b = Account("bob", "pw", 10.0)
print(a, b.hashed, Account.count, [f.name for f in fields(a)], is_dataclass(a), is_dataclass(Account), is_dataclass(1))
print(asdict(b), astuple(a))
h1, h2 = Handle("x"), Handle("x")
print(h1 == h2, h1 == h1, len({h1, h2}))
v = Version(1)
print(v, repr(v), v.bump(), v.bump().bump(), Version(2, label="rc1"), v == Version(1, 0), hash(v) == hash(Version(1)))
try:
    v.major = 3
except Exception as e:
    print(type(e).__name__, e)
print(sorted([Pair(3, "c"), Pair(1, "z"), Pair(2, "a")]), Pair(1, "x") == Pair(1, "y"), hash(Pair(1, "x")) == hash(Pair(1, "y")))
try:
    Account("x")
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(Point.__match_args__, Version.__dataclass_fields__["label"].default, fields(Pair)[1].compare)
