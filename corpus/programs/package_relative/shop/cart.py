from . import pricing
from .sub import tax
print("shop.cart loading")


class Cart:
    def __init__(self):
        self.items = []

    def add(self, item, n):
        self.items.append((item, n))

    def total(self):
        return sum(pricing.price(i) * n * (100 + tax.rate("food")) // 100 for i, n in self.items)
