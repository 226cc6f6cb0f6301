class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


balance = 10
print("balance", balance)
try:
    raise InsufficientFunds(5)
except InsufficientFunds as e:
    print("handled:", e, e.needed)
print("withdrawing 50")
raise InsufficientFunds(50 - balance)
