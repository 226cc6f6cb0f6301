import sys
from enum import Enum


class VendingError(Exception):
    code = 10

    def __init__(self, message, *, slot=None):
        super().__init__(message)
        self.slot = slot


class OutOfStock(VendingError):
    code = 20


class PaymentError(VendingError):
    code = 30


class HardwareFault(Exception):
    pass


class Coin(Enum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100

    @classmethod
    def parse(cls, text):
        try:
            return cls[text.upper()]
        except KeyError:
            raise PaymentError(f"unknown coin {text!r}") from None


class Machine:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.balance = 0
        self.bank = {c: 0 for c in Coin}
        self.state = "idle"
        self.sales = []

    def insert(self, coin: Coin):
        self.bank[coin] += 1
        self.balance += coin.value
        self.state = "paying"

    def select(self, slot):
        if slot not in self.stock:
            raise VendingError(f"no slot {slot}", slot=slot)
        name, price, count = self.stock[slot]
        if count == 0:
            raise OutOfStock(f"{name} sold out", slot=slot)
        if self.balance < price:
            raise PaymentError(f"need {price - self.balance} more cents for {name}", slot=slot)
        self.stock[slot] = (name, price, count - 1)
        self.balance -= price
        self.sales.append(name)
        return name, self.make_change()

    def make_change(self):
        change = []
        for coin in sorted(Coin, key=lambda c: c.value, reverse=True):
            while self.balance >= coin.value and self.bank[coin] > 0:
                self.balance -= coin.value
                self.bank[coin] -= 1
                change.append(coin.name.lower())
        if self.balance:
            raise HardwareFault(f"cannot return {self.balance} cents")
        self.state = "idle"
        return change


def run(machine, commands):
    for cmd in commands:
        verb, *args = cmd.split()
        try:
            if verb == "coin":
                machine.insert(Coin.parse(args[0]))
                print(f"balance {machine.balance}")
            elif verb == "buy":
                item, change = machine.select(args[0])
                print(f"vend {item}, change {change or 'none'}")
            else:
                raise ValueError(f"bad command {verb}")
        except OutOfStock as e:
            print(f"[{e.code}] out of stock: {e} (slot {e.slot})")
        except VendingError as e:
            print(f"[{e.code}] {type(e).__name__}: {e}")
        except (ValueError, IndexError) as e:
            print("input error:", e)
        else:
            continue
        finally:
            machine.state = machine.state
        print("  state", machine.state, "balance", machine.balance)


m = Machine({"A1": ("chips", 65, 2), "A2": ("candy", 80, 0), "B1": ("water", 100, 5)})
run(m, ["coin quarter", "coin quarter", "buy A1", "coin dime", "coin nickel", "buy A1",
        "coin button", "buy A2", "buy Z9", "dance", "coin", "coin dollar", "coin dollar", "buy B1",
        "coin dime", "coin dime", "coin quarter", "coin dime", "buy A1"])
print(m.sales, {c.name: n for c, n in m.bank.items() if n})

try:
    try:
        m.insert(Coin.QUARTER)
        m.select("A1")
    except HardwareFault as e:
        raise RuntimeError("machine needs service") from e
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), isinstance(e.__context__, HardwareFault))

try:
    {}["k"]
except KeyError as e:
    try:
        raise VendingError("while handling")
    except VendingError as inner:
        print(repr(inner.__context__), inner.__cause__, inner.slot)

codes = sorted({cls.code for cls in (VendingError, OutOfStock, PaymentError)})
print(codes, OutOfStock.__mro__[1].__name__, issubclass(PaymentError, Exception))
sys.stdout.flush()
m2 = Machine({"C1": ("gum", 5, 1)})
m2.insert(Coin.DIME)
m2.bank[Coin.NICKEL] = 0
m2.bank[Coin.DIME] = 0
print(m2.select("C1"))
