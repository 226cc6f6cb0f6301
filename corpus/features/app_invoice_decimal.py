# An invoice with Decimal (quantize, rounding modes, context precision) and Fraction shares formatted with f-strings.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation
from fractions import Fraction
from dataclasses import dataclass

CENT = Decimal("0.01")


@dataclass
class Line:
    desc: str
    qty: int
    unit: Decimal
    vat: Decimal = Decimal("0.20")

    @property
    def net(self) -> Decimal:
        return (self.unit * self.qty).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def tax(self) -> Decimal:
        return (self.net * self.vat).quantize(CENT, rounding=ROUND_HALF_UP)


lines = [Line("Consulting", 3, Decimal("149.995")), Line("Licence", 1, Decimal("1200"), Decimal("0")),
         Line("Travel", 2, Decimal("33.333"), Decimal("0.1")), Line("Snacks", 7, Decimal("0.125"))]
w = max(len(l.desc) for l in lines)
print(f"{'Item':<{w}} {'Qty':>3} {'Unit':>9} {'Net':>10} {'Tax':>8}")
for l in lines:
    print(f"{l.desc:<{w}} {l.qty:>3} {l.unit:>9} {l.net:>10,} {l.tax:>8}")
net = sum(l.net for l in lines)
tax = sum((l.tax for l in lines), Decimal(0))
print(f"{'net':>{w}}: {net:>12,.2f}\n{'tax':>{w}}: {tax:>12.2f}\n{'total':>{w}}: {net + tax:>12,.2f}")
print(repr(net), str(tax), net + tax, -net, abs(-tax), net > tax, net == Decimal("1751.62"))
print(Decimal("1.10") + Decimal("2.2"), Decimal("3") / Decimal("7"), Decimal(10) ** -2, Decimal("7") // 2, Decimal("-7") % 3)
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP), Decimal("2.5").quantize(Decimal("1")),
      Decimal("9.999").quantize(CENT, ROUND_DOWN), round(Decimal("2.675"), 2), Decimal("1e3"), Decimal("100").normalize())
print(Decimal(0.1), Decimal("0.1") * 3 == Decimal("0.3"), float(Decimal("1.5")), int(Decimal("-3.9")), Decimal("1.20").as_tuple())
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal("123456789") + 0, Decimal(2).sqrt())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
share = Fraction(1, 3) + Fraction(1, 6)
print(share, Fraction("0.75"), Fraction(3, 4) * 8, float(Fraction(2, 3)), Fraction(7, 3).limit_denominator(2), Fraction(5, 10) == 0.5)
split = [Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]
print(sum(split), [f"{f.numerator}/{f.denominator}" for f in split], f"{Fraction(1, 3):.4f}" if hasattr(Fraction, "__format__") else "")
