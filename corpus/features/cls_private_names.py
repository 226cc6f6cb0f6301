class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __audit(self, what):
        return f"{self.owner}: {what}"

    def deposit(self, amount):
        self.__balance += amount
        return self.__audit(f"deposit {amount}")

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = "shadow"
        self.rate = rate


a = Account("ann", 10)
print(a.deposit(5), a.balance, Account.count(), vars(a))
s = Savings("bob", 3, 0.5)
print(sorted(vars(s).items()), s.balance, Account.count())
for probe in [lambda: a.__balance, lambda: a.__audit("x"), lambda: Account.__count]:
    try:
        print(probe())
    except AttributeError as e:
        print("AttributeError:", e)
print(a._Account__balance, a._Account__audit("direct"), getattr(s, "_Savings__balance"))


class _Hidden:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2


print(vars(_Hidden()))
