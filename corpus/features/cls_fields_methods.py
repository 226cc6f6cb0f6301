class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            print("insufficient funds for", self.owner)
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True


a = Account("ann")
b = Account("bob", 100)
print(a.owner, a.balance, b.owner, b.balance)
print(a.deposit(50), a.withdraw(20), a.withdraw(100), a.balance)
print(b.withdraw(30), b.balance)
print(a.history)
print(b.history)
a.nickname = "annie"
print(a.nickname, hasattr(a, "nickname"), hasattr(b, "nickname"))
print(getattr(b, "balance"), getattr(b, "missing", "default"))
setattr(b, "balance", 7)
print(b.balance, type(a).__name__, isinstance(a, Account))
