# Typed classes: attributes assigned in __init__, methods, __repr__/__str__ in print and f-strings,
# identity comparison, lists and dicts of instances.
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)

    def shift(self, dx: int) -> None:
        self.x += dx

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Account:
    def __init__(self, owner: str, balance: float):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history: list[float] = []

    def deposit(self, amount: float) -> None:
        if self.frozen:
            print("frozen:", self.owner)
            return
        self.balance += amount
        self.history.append(amount)

    def __str__(self) -> str:
        return f"{self.owner}: {self.balance:.2f} ({len(self.history)} deposits)"


p = Point(3, -4)
print(p, p.norm1())
q = p.moved(1, 1)
print(q, p)
q.shift(10)
print(q.x, q.y, repr(q), str(q))
print([p, q])
same = p
print(same is p, same == p, p == q, p is not q)
acct = Account("ada", 10.0)
acct.deposit(2.5)
acct.deposit(0.25)
print(acct)
print(f"{acct}!", str(acct), acct.history)
acct.frozen = True
acct.deposit(1.0)
print(acct.balance, acct.frozen)
by_name = {"p": p, "q": q}
by_name["r"] = Point(0, 0)
total = 0
for k in by_name:
    total += by_name[k].norm1()
print(total, by_name["r"])
