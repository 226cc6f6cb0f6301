"""Event-sourced inventory with typed generics, NamedTuple, TypedDict and match."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Generic, Iterator, NamedTuple, TypeVar, TypedDict, Literal, Callable, Any, overload
import itertools
import json

T = TypeVar("T")
K = TypeVar("K")


class Location(NamedTuple):
    aisle: str
    shelf: int = 1

    def label(self) -> str:
        return f"{self.aisle}-{self.shelf:02d}"


class ItemDict(TypedDict):
    sku: str
    qty: int
    where: str


@dataclass(frozen=True, slots=True)
class Added:
    sku: str
    qty: int
    where: Location


@dataclass(frozen=True, slots=True)
class Removed:
    sku: str
    qty: int


@dataclass(frozen=True, slots=True)
class Moved:
    sku: str
    to: Location


Event = Added | Removed | Moved


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def put(self, key: str, item: T) -> None:
        self._items[key] = item

    def get(self, key: str, default: T | None = None) -> T | None:
        return self._items.get(key, default)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        yield from self._items.values()

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} items)"


@dataclass
class Stock:
    sku: str
    qty: int = 0
    where: Location = Location("A")
    history: list[str] = field(default_factory=list, repr=False)

    def to_dict(self) -> ItemDict:
        return {"sku": self.sku, "qty": self.qty, "where": self.where.label()}


class EventStore:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.listeners: list[Callable[[Event], None]] = []

    def subscribe(self, fn: Callable[[Event], None]) -> Callable[[Event], None]:
        self.listeners.append(fn)
        return fn

    def append(self, *events: Event) -> None:
        for ev in events:
            self.events.append(ev)
            for fn in self.listeners:
                fn(ev)


def apply(repo: Repository[Stock], ev: Event) -> str:
    match ev:
        case Added(sku=sku, qty=qty, where=where) if sku not in repo:
            repo.put(sku, Stock(sku, qty, where))
            return f"new {sku} x{qty} at {where.label()}"
        case Added(sku, qty):
            stock = repo.get(sku)
            stock.qty += qty
            return f"restock {sku} -> {stock.qty}"
        case Removed(sku, qty) if (stock := repo.get(sku)) is not None and stock.qty >= qty:
            stock.qty -= qty
            return f"take {qty} {sku}, {stock.qty} left"
        case Removed(sku, _):
            return f"cannot remove {sku}"
        case Moved(sku, Location(aisle, shelf) as loc):
            stock = repo.get(sku)
            old, stock.where = stock.where, loc
            return f"move {sku} {old.label()} -> {aisle}/{shelf}"
        case _:
            raise TypeError(f"unknown event {ev!r}")


def parse_command(cmd: dict[str, Any]) -> Event | None:
    match cmd:
        case {"op": "add", "sku": str(sku), "qty": int(qty), **rest}:
            where = rest.get("where", ["A", 1])
            return Added(sku, qty, Location(*where))
        case {"op": "remove", "sku": sku, "qty": qty}:
            return Removed(sku, qty)
        case {"op": "move", "sku": sku, "to": [aisle, shelf]}:
            return Moved(sku, Location(aisle, shelf))
        case {"op": op}:
            print(f"unsupported op {op!r}")
            return None
        case _:
            print("malformed", cmd)
            return None


@overload
def first(xs: list[T]) -> T: ...
@overload
def first(xs: list[T], default: K) -> T | K: ...
def first(xs, default=None):
    return xs[0] if xs else default


Level = Literal["low", "ok", "high"]


def level(qty: int) -> Level:
    return "low" if qty < 5 else "high" if qty > 50 else "ok"


def main() -> None:
    raw = """[
      {"op": "add", "sku": "bolt", "qty": 40, "where": ["B", 3]},
      {"op": "add", "sku": "nut", "qty": 100},
      {"op": "add", "sku": "bolt", "qty": 15},
      {"op": "remove", "sku": "nut", "qty": 97},
      {"op": "remove", "sku": "washer", "qty": 1},
      {"op": "move", "sku": "bolt", "to": ["C", 7]},
      {"op": "paint", "sku": "nut"},
      {"sku": "nothing"},
      {"op": "add", "sku": "gear", "qty": 7, "where": ["A", 2]}
    ]"""
    repo: Repository[Stock] = Repository()
    store = EventStore()
    counts: defaultdict[str, int] = defaultdict(int)

    @store.subscribe
    def count(ev: Event) -> None:
        counts[type(ev).__name__] += 1

    @store.subscribe
    def project(ev: Event) -> None:
        print(" ", apply(repo, ev))

    events = [e for cmd in json.loads(raw) if (e := parse_command(cmd)) is not None]
    store.append(*events)
    print(repo, dict(counts))
    for stock in sorted(repo, key=lambda s: (s.where, s.sku)):
        print(f"{stock.sku:<6}{stock.qty:>5} {stock.where.label()} {level(stock.qty)}")
    print(json.dumps([s.to_dict() for s in repo], sort_keys=True))
    print(first([s.sku for s in repo]), first([], "none"))
    print(Location("Z")._replace(shelf=9), Location._fields, Location._field_defaults)
    print(repo.get("gear"), "gear" in repo, "cog" in repo)
    try:
        Added("x", 1, Location("A")).qty = 3
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        apply(repo, "bogus")
    except TypeError as e:
        print(e)
    pairs = list(itertools.pairwise(e.sku for e in store.events))
    print(pairs[:3])
    by_type = {k: len(list(g)) for k, g in itertools.groupby(sorted(store.events, key=lambda e: type(e).__name__), key=lambda e: type(e).__name__)}
    print(by_type)
    print(hasattr(Added("x", 1, Location("A")), "__dict__"), Added.__slots__)


main()
