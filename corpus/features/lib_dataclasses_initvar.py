# dataclasses.InitVar: pseudo-fields passed to __post_init__, not stored, left out of fields().

import dataclasses
from dataclasses import dataclass, field, InitVar, fields, asdict, replace


@dataclass
class Account:
    owner: str
    password: InitVar[str]
    balance: float = 0.0
    hashed: str = field(init=False, repr=False)
    pin: InitVar[int] = 1234

    def __post_init__(self, password, pin):
        self.hashed = password[::-1] + str(pin)


@dataclass(frozen=True)
class Frozen:
    x: int
    scale: dataclasses.InitVar[int] = 2


@dataclass
class Child(Account):
    level: int = 1


a = Account("ann", "secret", 5.0)
print(a, a.hashed, [f.name for f in fields(a)], asdict(a), Account.__match_args__)
print(hasattr(a, "password"), Account.pin, a == Account("ann", "other", 5.0))
b = replace(a, password="new", balance=1.0)
print(b, b.hashed)
try:
    replace(a, balance=2.0)
except ValueError as e:
    print("ValueError:", e)
print(Frozen(3), Frozen(3, 10) == Frozen(3), [f.name for f in fields(Frozen)])
c = Child("cy", "pw", level=3, pin=7)
print(c, c.hashed, list(Child.__dataclass_fields__))
print(Account.__dataclass_fields__["password"].type, type(Account.__dataclass_fields__["pin"]).__name__)
print(InitVar[int], InitVar[list[int]])


@dataclass
class Quoted:
    name: str
    secret: "InitVar[str]" = "s"

    def __post_init__(self, secret):
        self.digest = len(secret)


q = Quoted("n", "abcd")
print(q, q.digest, [f.name for f in fields(q)], Quoted.__match_args__)
