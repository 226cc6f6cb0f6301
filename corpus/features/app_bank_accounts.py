# A bank-account hierarchy under abc.ABC with __slots__, properties with validating setters, classmethod constructors and a custom exception.
from abc import ABC, abstractmethod


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")


class Account(ABC):
    _next_id = 1000
    interest = 0.0

    __slots__ = ("owner", "_balance", "id", "history")

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history: list[tuple[str, float]] = []

    @property
    def balance(self) -> float:
        return round(self._balance, 2)

    @balance.setter
    def balance(self, value: float) -> None:
        if value < self.limit():
            raise InsufficientFunds(self, self._balance - value)
        self._balance = value

    @abstractmethod
    def limit(self) -> float: ...

    def deposit(self, amount: float) -> "Account":
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance = self._balance + amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount: float) -> "Account":
        self.balance = self._balance - amount
        self.history.append(("wd", amount))
        return self

    def month_end(self) -> None:
        self._balance *= 1 + self.interest / 12

    @classmethod
    def open(cls, spec: str) -> "Account":
        owner, _, amount = spec.partition(":")
        return cls(owner.strip(), float(amount or 0))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"

    def __str__(self) -> str:
        return f"#{self.id} {self.owner:<6} {self.balance:>10.2f}"

    def __lt__(self, other: "Account") -> bool:
        return self.balance < other.balance


class Checking(Account):
    __slots__ = ("overdraft",)

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return -self.overdraft


class Savings(Account):
    __slots__ = ()
    interest = 0.05

    def limit(self):
        return 0.0


accounts = [Checking.open("ann: 50"), Savings.open("bob:1000"), Savings.open("cy"), Checking("dee", 10, 0)]
ops = [(0, "withdraw", 120), (0, "withdraw", 40), (1, "withdraw", 1000.01), (2, "deposit", 0), (3, "deposit", 5.555), (1, "deposit", 0.1)]
for idx, op, amt in ops:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amt)
        print(f"ok   {op:<8} {amt:>8} -> {acct}")
    except InsufficientFunds as e:
        print(f"fail {op:<8} {amt:>8}: {e} (short {e.amount:.2f})")
    except ValueError as e:
        print(f"bad  {op:<8} {amt:>8}: {e}")
for _ in range(3):
    for a in accounts:
        a.month_end()
for a in sorted(accounts, reverse=True):
    print(a, repr(a), a.history)
try:
    Account("x")
except TypeError as e:
    print(e)
try:
    accounts[0].nickname = "zz"
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(accounts[1], Account), issubclass(Savings, ABC), Savings.interest, Checking.interest, Account._next_id)
print(hasattr(accounts[0], "__dict__"), Checking.__slots__, Checking.__mro__[-2].__name__)
