from dataclasses import dataclass
from enum import Enum

__all__ = ["Item", "Category"]


class Category(Enum):
    HARDWARE = "hardware"
    SUPPLIES = "supplies"


@dataclass
class Item:
    name: str
    category: Category
    quantity: int
    price: float

    def value(self):
        return round(self.quantity * self.price, 2)
