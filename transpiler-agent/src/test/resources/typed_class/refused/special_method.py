class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __eq__(self, other) -> bool:
        return True


print(Money(1) == Money(2))
