# Money arithmetic with decimal: an invoice with tax, discounts and currency rounding.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext, InvalidOperation

CENT = Decimal("0.01")

class LineItem:
    def __init__(self, name, unit_price, quantity, discount="0"):
        self.name = name
        self.unit_price = Decimal(unit_price)
        self.quantity = quantity
        self.discount = Decimal(discount)

    def total(self):
        gross = self.unit_price * self.quantity
        return (gross * (1 - self.discount)).quantize(CENT, rounding=ROUND_HALF_UP)

items = [
    LineItem("widget", "19.99", 3),
    LineItem("gadget", "5.05", 7, "0.10"),
    LineItem("gizmo", "0.333", 12, "0.025"),
    LineItem("service hour", "85.00", 2.5 if False else 2),
]

subtotal = sum((item.total() for item in items), Decimal("0"))
tax_rate = Decimal("0.0825")
tax = (subtotal * tax_rate).quantize(CENT, rounding=ROUND_HALF_UP)
total = subtotal + tax

for item in items:
    print(f"{item.name:<14}{item.quantity:>4} x {item.unit_price:>8} = {item.total():>10}")
print(f"{'subtotal':<30}{subtotal:>10}")
print(f"{'tax ' + str(tax_rate * 100) + '%':<30}{tax:>10}")
print(f"{'total':<30}{total:>10,.2f}")

# Splitting a bill: the pennies that do not divide go to the first payers.
def split(amount, ways):
    share = (amount / ways).quantize(CENT, rounding=ROUND_DOWN)
    remainder = amount - share * ways
    shares = [share] * ways
    for i in range(int(remainder / CENT)):
        shares[i] += CENT
    return shares

parts = split(total, 3)
print(parts, sum(parts) == total)

# Exactness that binary floats lack.
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal(0.1))
print(Decimal("1.10") + Decimal("2.205"), Decimal("3.0") * Decimal("1.50"))
print(repr(Decimal("7") / Decimal("3")), Decimal(1) / Decimal(8))
print(Decimal("-7.5") // 2, Decimal("-7.5") % 2, divmod(Decimal("7.5"), Decimal("-2")))
print(Decimal(2) ** 10, Decimal("1.5") ** 3, Decimal(2) ** -3, Decimal(2).sqrt())
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), int(Decimal("-3.99")))
print(Decimal("123.4500").normalize(), Decimal("1E+3").normalize(), Decimal("0.000").normalize())
print(Decimal("1234567.891").quantize(Decimal("1.0")), Decimal("9.995").quantize(CENT))
print(sorted([Decimal("2.5"), 1, Decimal("-0.5"), 2.25, Decimal("1.0")]))
print(max(Decimal("1.10"), Decimal("1.1")), min([Decimal(3), Decimal("2.99")]))
print({Decimal("1.0"): "one"}[1], hash(Decimal("2.5")) == hash(2.5), Decimal("0.5") == 0.5)
print(str(Decimal("1E-7")), str(Decimal("0.000001")), Decimal("123E+3"), Decimal("-0"))
print(Decimal("12345.678").as_tuple())
print(Decimal("-12.34").as_integer_ratio(), float(Decimal("1.1")), Decimal("3.14").is_zero())

with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), ctx.prec)
with localcontext(prec=50):
    print(Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
getcontext().rounding = ROUND_HALF_UP
print(Decimal("2.5").quantize(Decimal("1")), round(Decimal("0.125"), 2))
print(getcontext())

for bad in ["abc", "1.2.3", ""]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("invalid:", repr(bad), type(e).__name__, e)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("division:", type(e).__name__, e)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print(e)
print(f"{Decimal('1234.5'):,.2f}|{Decimal('0.075'):.1%}|{Decimal('-3.14159'):+.3e}|{Decimal('42'):08.2f}|{Decimal('1E+5'):f}")
