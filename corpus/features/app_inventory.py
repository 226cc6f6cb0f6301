from dataclasses import dataclass


@dataclass
class Product:
    sku: str
    name: str
    price: float
    stock: int = 0


class Inventory:
    def __init__(self):
        self.products = {}

    def add(self, product):
        if product.sku in self.products:
            raise ValueError(f"duplicate sku {product.sku!r}")
        self.products[product.sku] = product

    def sell(self, sku, qty):
        p = self.products.get(sku)
        if p is None:
            raise KeyError(sku)
        if p.stock < qty:
            return False
        p.stock -= qty
        return True

    def value(self):
        return sum(p.price * p.stock for p in self.products.values())

    def report(self):
        for p in sorted(self.products.values(), key=lambda p: (-p.stock, p.name)):
            print(f"{p.sku:<6}{p.name:<10}{p.price:>8.2f}{p.stock:>5}")


inv = Inventory()
for args in [("A1", "widget", 2.5, 10), ("B2", "gadget", 10.0, 3), ("C3", "doohickey", 0.99, 100)]:
    inv.add(Product(*args))
print(inv.sell("A1", 4), inv.sell("B2", 5), inv.sell("C3", 100))
try:
    inv.add(Product("A1", "dup", 1.0))
except ValueError as e:
    print("error:", e)
try:
    inv.sell("Z9", 1)
except KeyError as e:
    print("unknown sku", e)
inv.report()
print(f"total value {inv.value():.2f}")
