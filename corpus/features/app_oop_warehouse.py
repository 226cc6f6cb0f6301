"""Warehouse command processor: reads commands from stdin, keeps stock in typed classes."""
import sys
from abc import ABC, abstractmethod
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Tuple


class CommandError(Exception):
    pass


@dataclass
class Lot:
    sku: str
    qty: int
    cost: float

    def value(self) -> float:
        return self.qty * self.cost


@dataclass
class Stock:
    lots: Dict[str, List[Lot]] = field(default_factory=lambda: defaultdict(list))
    moves: int = 0

    def receive(self, sku: str, qty: int, cost: float) -> None:
        if qty <= 0:
            raise CommandError(f"quantity must be positive: {qty}")
        self.lots[sku].append(Lot(sku, qty, cost))
        self.moves += 1

    def on_hand(self, sku: str) -> int:
        return sum(l.qty for l in self.lots.get(sku, []))

    def ship(self, sku: str, qty: int) -> float:
        if self.on_hand(sku) < qty:
            raise CommandError(f"only {self.on_hand(sku)} of {sku} on hand, cannot ship {qty}")
        cost, lots = 0.0, self.lots[sku]
        while qty:
            lot = lots[0]
            take = min(qty, lot.qty)
            cost += take * lot.cost
            lot.qty -= take
            qty -= take
            if lot.qty == 0:
                lots.pop(0)
        self.moves += 1
        return cost


class Handler(ABC):
    name = ""
    usage = ""
    arity = 0
    handlers: Dict[str, "Handler"] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Handler.handlers[cls.name] = cls()

    def __call__(self, stock: Stock, args: List[str]) -> str:
        if len(args) != self.arity:
            raise CommandError(f"usage: {self.name} {self.usage}".rstrip())
        return self.run(stock, *args)

    @abstractmethod
    def run(self, stock: Stock, *args: str) -> str: ...


class Receive(Handler):
    name, usage, arity = "recv", "SKU QTY COST", 3

    def run(self, stock, sku, qty, cost):
        stock.receive(sku, int(qty), float(cost))
        return f"received {qty} {sku} @ {float(cost):.2f}"


class Ship(Handler):
    name, usage, arity = "ship", "SKU QTY", 2

    def run(self, stock, sku, qty):
        cost = stock.ship(sku, int(qty))
        return f"shipped {qty} {sku}, cost {cost:.2f}"


class Report(Handler):
    name = "report"

    def run(self, stock):
        rows = []
        for sku in sorted(stock.lots):
            lots = stock.lots[sku]
            if not lots:
                continue
            total = sum(l.value() for l in lots)
            rows.append(f"{sku:<6}{stock.on_hand(sku):>5}{total:>10.2f}  lots={len(lots)}")
        return "\n".join(rows) if rows else "(empty)"


class Help(Handler):
    name = "help"

    def run(self, stock):
        return ", ".join(f"{h.name}" + (f" {h.usage}" if h.usage else "") for h in Handler.handlers.values())


def process(lines, stock: Stock) -> Tuple[int, int]:
    ok = failed = 0
    for lineno, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        verb, *args = line.split()
        handler = Handler.handlers.get(verb.lower())
        try:
            if handler is None:
                raise CommandError(f"unknown command {verb!r}")
            print(handler(stock, args))
            ok += 1
        except CommandError as e:
            print(f"line {lineno}: error: {e}")
            failed += 1
        except ValueError as e:
            print(f"line {lineno}: bad number: {e}")
            failed += 1
    return ok, failed


stock = Stock()
ok, failed = process(sys.stdin, stock)
print(f"{ok} ok, {failed} failed, {stock.moves} moves")
if failed > 3:
    sys.exit(f"too many errors ({failed})")
