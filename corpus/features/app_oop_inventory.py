from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, IntEnum, Flag, auto
from typing import Optional, List
import json


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = READ | WRITE | DELETE


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")
        self.sort_key = (self.category.value, -self.price)

    @property
    def value(self) -> float:
        return self.price * self.qty


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"

    def __str__(self):
        return f"{self.aisle}{self.shelf}"


class Inventory(dict):
    def __missing__(self, key):
        raise KeyError(f"no item named {key!r}")

    def add(self, item: Item, where: Optional[Location] = None):
        self[item.name] = (item, where or Location(0))

    def by_category(self):
        out = {}
        for item, _ in self.values():
            out.setdefault(item.category, []).append(item.name)
        return out


inv = Inventory()
inv.add(Item("hammer", 12.5, 4, tags=["steel"]), Location(3, "B"))
inv.add(Item("apple", 0.4, 100, Category.FOOD))
inv.add(Item("yoyo", 2.0, 7, Category.TOY, ["kids", "wood"]), Location(7))
inv.add(Item("saw", 22.0, 2))
try:
    inv.add(Item("ghost", -1.0))
except ValueError as e:
    print("rejected:", e)

for name, (item, loc) in sorted(inv.items()):
    print(f"{name:<8}{item.price:>7.2f}{item.qty:>5} {item.category.name:<5} @{loc} value={item.value:.2f}")

items = sorted(i for i, _ in inv.values())
print([i.name for i in items])
print(inv.by_category())
try:
    inv["laser"]
except KeyError as e:
    print("KeyError", e)
print("apple" in inv, inv.get("laser"), len(inv))

hammer = inv["hammer"][0]
print(hammer)
print(asdict(hammer))
print(astuple(Location(2)))
cheap = replace(hammer, price=9.99, tags=[])
print(cheap, cheap == hammer, cheap < hammer)
loc = Location(1)
try:
    loc.aisle = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(loc) == hash(Location(1)), {loc: "x"}[Location(1, "A")])
print(json.dumps({k: asdict(v[0]) for k, v in inv.items() if v[0].qty < 5}, default=str, sort_keys=True))

print(list(Priority), Priority.HIGH > Priority.LOW, Priority(2).name, Priority["LOW"] + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority).name)
print(Category("food"), Category.FOOD.value, [c.value for c in Category])
try:
    Category("metal")
except ValueError as e:
    print(e)
p = Perm.READ | Perm.WRITE
print(p, Perm.WRITE in p, Perm.DELETE in p, Perm.ADMIN, bool(Perm(0)))
print(p & Perm.WRITE, ~Perm.READ & Perm.ADMIN)
tasks = {Priority.HIGH: ["fire"], Priority.LOW: ["dust"]}
for prio in sorted(tasks, reverse=True):
    print(prio.name, prio.value, tasks[prio])
print(Category.TOOL is Category("tool"), Category.TOOL == "tool", Priority.LOW == 1)
print(f"{Priority.HIGH}", str(Category.TOY), repr(Perm.READ))
