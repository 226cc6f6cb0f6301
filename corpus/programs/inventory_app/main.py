# A small application split over a package: dataclasses, enums, generators, a shared registry,
# exceptions raised in one module and caught in another, and a star import inside the package.
from inventory import Item, Category, registry
from inventory.errors import OutOfStock, InventoryError
import inventory.reports as reports
import inventory


def main():
    registry.add(Item("bolt", Category.HARDWARE, 120, 0.25))
    registry.add(Item("nut", Category.HARDWARE, 300, 0.1))
    registry.add(Item("glue", Category.SUPPLIES, 4, 3.5))
    print(registry.count(), "items")
    for line in reports.lines():
        print(line)
    try:
        registry.take("glue", 10)
    except OutOfStock as e:
        print("refused:", e, isinstance(e, InventoryError))
    registry.take("glue", 3)
    print(reports.low_stock(limit=5))
    print(inventory.__name__, Item.__module__, Category.HARDWARE)
    print(repr(registry.find("nut")))


if __name__ == "__main__":
    main()
    registry.take("screw", 1)
