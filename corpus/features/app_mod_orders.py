"""Order processing service with dataclasses, enums and protocols."""
from __future__ import annotations

from dataclasses import dataclass, field, replace, asdict, fields
from enum import Enum, IntEnum, auto
from typing import Protocol, runtime_checkable, ClassVar, Final
from functools import total_ordering, cached_property
import itertools

TAX_RATE: Final = 0.08


class Status(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    @property
    def is_open(self) -> bool:
        return self in (Status.PENDING, Status.PAID)

    def __str__(self) -> str:
        return self.name.lower()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@runtime_checkable
class Priced(Protocol):
    def total(self) -> float: ...


@dataclass(frozen=True, order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False, default=0.0)


@dataclass
class LineItem:
    product: Product
    qty: int = 1

    def total(self) -> float:
        return round(self.product.price * self.qty, 2)


@dataclass
class Order:
    order_id: int
    customer: str
    items: list[LineItem] = field(default_factory=list)
    status: Status = Status.PENDING
    priority: Priority = Priority.NORMAL
    _counter: ClassVar[itertools.count] = itertools.count(1000)

    def __post_init__(self) -> None:
        if not self.customer:
            raise ValueError("customer required")
        self.ref = f"ORD-{next(Order._counter)}"

    def add(self, product: Product, qty: int = 1) -> Order:
        for item in self.items:
            if item.product == product:
                item.qty += qty
                return self
        self.items.append(LineItem(product, qty))
        return self

    @cached_property
    def subtotal(self) -> float:
        return round(sum(i.total() for i in self.items), 2)

    def total(self) -> float:
        return round(self.subtotal * (1 + TAX_RATE), 2)


@total_ordering
class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other: Money) -> bool:
        return self.cents < other.cents

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> Money:
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self) -> str:
        return f"Money({self.cents})"

    def __format__(self, spec: str) -> str:
        return format(self.cents / 100, spec or ".2f")


def summarize(things: list[object]) -> None:
    for t in things:
        if isinstance(t, Priced):
            print(f"{type(t).__name__:>10}: {t.total():8.2f}")
        else:
            print(f"{type(t).__name__:>10}: not priced")


def main() -> None:
    widget = Product("W-1", "Widget", 2.50)
    gadget = Product("G-7", "Gadget", 12.99)
    gizmo = Product("Z-3", "Gizmo", 0.99)
    print(sorted([widget, gizmo, gadget]))
    print(widget == Product("W-1", "Other name", 99.0))

    o1 = Order(1, "alice").add(widget, 3).add(gadget).add(widget)
    o2 = Order(2, "bob", priority=Priority.HIGH).add(gizmo, 10)
    print(o1.ref, o2.ref)
    print(o1.subtotal, o1.total())
    print(o2)
    summarize([o1, o1.items[0], widget, 42])

    o3 = replace(o2, order_id=3, status=Status.PAID)
    print(o3.ref, o3.status, o3.status.is_open, repr(o3.status))
    print([f.name for f in fields(Order)])
    print(asdict(o1.items[0]))
    try:
        Order(4, "")
    except ValueError as e:
        print("error:", e)
    try:
        widget.price = 1.0
    except Exception as e:
        print(type(e).__name__, e)

    orders = [o1, o2, o3]
    by_status = {s: [o.order_id for o in orders if o.status is s] for s in Status}
    for s, ids in by_status.items():
        print(f"{s!s:<10}{s.value:>3} {ids}")
    print(max(orders, key=lambda o: o.priority).order_id, Priority.HIGH > Priority.LOW)
    print(Priority(2), Priority["LOW"], Status(3))
    total = sum([Money(150), Money(275), Money(5)])
    print(total, f"{total}", f"{total:>10.1f}", Money(1) <= Money(2), Money(3) >= Money(4))
    for key, group in itertools.groupby(sorted(orders, key=lambda o: o.status.value), key=lambda o: o.status):
        print(key.name, [o.customer for o in group])


if __name__ == "__main__":
    main()
