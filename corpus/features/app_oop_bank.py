"""A small bank ledger with accounts, transactions and custom errors."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import total_ordering
from typing import Dict, List, Optional


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account: str, needed: int, available: int) -> None:
        super().__init__(f"{account}: needed {needed}, only {available} available")
        self.needed = needed
        self.available = available


class AccountFrozen(BankError):
    pass


class TxKind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()
    TRANSFER = auto()


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents: int = 0) -> None:
        self.cents = cents

    @classmethod
    def from_str(cls, text: str) -> "Money":
        whole, _, frac = text.partition(".")
        frac = (frac + "00")[:2]
        sign = -1 if whole.startswith("-") else 1
        return cls(int(whole) * 100 + sign * int(frac))

    def __add__(self, other: "Money") -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other: "Money") -> "Money":
        return Money(self.cents - other.cents)

    def __mul__(self, factor: int) -> "Money":
        return Money(self.cents * factor)

    __rmul__ = __mul__

    def __neg__(self) -> "Money":
        return Money(-self.cents)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __hash__(self) -> int:
        return hash(self.cents)

    def __bool__(self) -> bool:
        return self.cents != 0

    def __repr__(self) -> str:
        return f"Money({self.cents})"

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100:,}.{c % 100:02d}"


@dataclass
class Transaction:
    kind: TxKind
    amount: Money
    memo: str = ""


class Account(ABC):
    _next_id = 1000

    def __init__(self, owner: str, opening: Money = Money()) -> None:
        self.owner = owner
        self.number = Account._next_id
        Account._next_id += 1
        self._balance = Money(0)
        self.history: List[Transaction] = []
        self.frozen = False
        if opening:
            self.deposit(opening, "opening")

    @property
    def balance(self) -> Money:
        return self._balance

    @abstractmethod
    def withdraw_limit(self) -> Money:
        ...

    def deposit(self, amount: Money, memo: str = "") -> None:
        if amount.cents <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount
        self.history.append(Transaction(TxKind.DEPOSIT, amount, memo))

    def withdraw(self, amount: Money, memo: str = "") -> None:
        self._check()
        available = self._balance + self.withdraw_limit()
        if amount > available:
            raise InsufficientFunds(self.label, amount.cents, available.cents)
        self._balance -= amount
        self.history.append(Transaction(TxKind.WITHDRAW, amount, memo))

    def _check(self) -> None:
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    @property
    def label(self) -> str:
        return f"{type(self).__name__}#{self.number}"

    def __repr__(self) -> str:
        return f"<{self.label} {self.owner} {self.balance}>"


class Checking(Account):
    def __init__(self, owner: str, opening: Money = Money(), overdraft: int = 0) -> None:
        self.overdraft = Money(overdraft)
        super().__init__(owner, opening)

    def withdraw_limit(self) -> Money:
        return self.overdraft


class Savings(Account):
    rate = 0.02

    def withdraw_limit(self) -> Money:
        return Money(0)

    def add_interest(self) -> Money:
        interest = Money(round(self.balance.cents * self.rate))
        self.deposit(interest, "interest")
        return interest


@dataclass
class Bank:
    name: str
    accounts: Dict[int, Account] = field(default_factory=dict)
    log: List[str] = field(default_factory=list)

    def open(self, account: Account) -> Account:
        self.accounts[account.number] = account
        self.log.append(f"opened {account.label} for {account.owner}")
        return account

    def find(self, number: int) -> Optional[Account]:
        return self.accounts.get(number)

    def transfer(self, src: int, dst: int, amount: Money) -> bool:
        a, b = self.find(src), self.find(dst)
        if a is None or b is None:
            self.log.append(f"transfer failed: unknown account")
            return False
        try:
            a.withdraw(amount, f"to {dst}")
        except InsufficientFunds as exc:
            self.log.append(f"transfer failed: {exc}")
            return False
        except BankError as exc:
            self.log.append(f"transfer blocked: {exc!r}")
            return False
        else:
            b.deposit(amount, f"from {src}")
            self.log.append(f"moved {amount} {src}->{dst}")
            return True
        finally:
            self.log.append("transfer attempted")

    def total(self) -> Money:
        return sum((acc.balance for acc in self.accounts.values()), Money())


bank = Bank("First Portalis")
alice = bank.open(Checking("alice", Money.from_str("120.50"), overdraft=5000))
bob = bank.open(Savings("bob", Money.from_str("1000")))
carol = bank.open(Checking("carol"))

print(bank.transfer(alice.number, bob.number, Money.from_str("150")))
print(bank.transfer(alice.number, bob.number, Money.from_str("50")))
print(bank.transfer(carol.number, 42, Money(1)))
carol.frozen = True
print(bank.transfer(carol.number, alice.number, Money(1)))
print("interest:", bob.add_interest())
for acc in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(repr(acc), acc.balance > Money(0), [t.kind.name for t in acc.history])
print("total", bank.total(), repr(bank.total()))
print(Money(5) * 3, 3 * Money(5), -Money(250), Money(3) >= Money(3))
print(len({Money(1), Money(1), Money(2)}))
for line in bank.log:
    print(" ", line)
try:
    alice.deposit(Money(-5))
except ValueError as e:
    print("error:", e)
try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)
withdrawals = [t for a in bank.accounts.values() for t in a.history if t.kind is TxKind.WITHDRAW]
print(withdrawals)
