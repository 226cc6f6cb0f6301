from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self):
        return self.price * self.qty


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)

    def add(self, item):
        self.items.append(item)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


i1 = Item("pen", 1.5, 4)
i2 = Item("book", 12.0)
print(i1, i2)
print(i1.total(), i2.total(), i1 == Item("pen", 1.5, 4), i1 == i2)
c1, c2 = Cart("ann"), Cart("bob")
c1.add(i1)
c1.tags["vip"] = True
print(c1)
print(c2, c1.items is c2.items)
p = Point(1, 2)
print(p, p == Point(1, 2), hash(p) == hash(Point(1, 2)), Point(5))
try:
    p.x = 10
except AttributeError as e:
    print(type(e).__name__, e)
print({Point(1): "a", Point(1, 0): "b"})
