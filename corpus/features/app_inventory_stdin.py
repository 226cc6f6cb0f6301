"""A small inventory manager reading commands from stdin."""
import sys
from dataclasses import dataclass, field
from collections import defaultdict


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty


class InventoryError(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, price, qty):
        if name in self.items:
            raise InventoryError(f"duplicate item: {name!r}")
        self.items[name] = Item(name, price, qty)
        self.log.append(("add", name))

    def remove(self, name, qty):
        try:
            item = self.items[name]
        except KeyError:
            raise InventoryError(f"no such item: {name}") from None
        if item.qty < qty:
            raise InventoryError(f"not enough {name}: have {item.qty}, want {qty}")
        item.qty -= qty
        self.log.append(("remove", name, qty))

    def tag(self, name, *tags):
        self.items[name].tags.extend(tags)

    def report(self):
        lines = []
        width = max((len(n) for n in self.items), default=4)
        for item in sorted(self.items.values(), key=lambda i: (-i.total(), i.name)):
            lines.append(f"{item.name:<{width}} {item.qty:>5} x {item.price:>8.2f} = {item.total():>10,.2f}")
        total = sum(i.total() for i in self.items.values())
        lines.append("-" * (width + 32))
        lines.append(f"{'TOTAL':<{width}} {total:>29,.2f}")
        return "\n".join(lines)


def main():
    inv = Inventory()
    errors = 0
    for lineno, raw in enumerate(sys.stdin, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cmd, *args = line.split()
        try:
            if cmd == "add":
                inv.add(args[0], float(args[1]), int(args[2]))
            elif cmd == "remove":
                inv.remove(args[0], int(args[1]))
            elif cmd == "tag":
                inv.tag(args[0], *args[1:])
            else:
                print(f"line {lineno}: unknown command {cmd!r}")
                errors += 1
        except InventoryError as e:
            print(f"line {lineno}: error: {e}")
            errors += 1
        except (ValueError, IndexError) as e:
            print(f"line {lineno}: bad arguments ({type(e).__name__}: {e})")
            errors += 1
    print(inv.report())
    by_tag = defaultdict(list)
    for item in inv.items.values():
        for t in item.tags:
            by_tag[t].append(item.name)
    for t in sorted(by_tag):
        print(f"{t}: {', '.join(sorted(by_tag[t]))}")
    print(inv.items.get("widget"))
    print(f"{len(inv.log)} operations, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
