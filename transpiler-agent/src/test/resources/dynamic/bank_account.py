class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))


acct = Savings("ann", 100)
acct.deposit(50).withdraw(30)
acct.add_interest()
print(acct, acct.balance, acct.history)
for op, amt in [("withdraw", 1000), ("deposit", -5), ("withdraw", 10)]:
    try:
        getattr(acct, op)(amt)
        print("ok", op, amt, acct.balance)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed, e.available)
    except ValueError as e:
        print("invalid:", e)
print(Account.interest, Savings.interest, isinstance(acct, Account))
