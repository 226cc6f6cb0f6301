import math
from fractions import Fraction

print(repr(Fraction(3, 4)), Fraction(3, 4), Fraction(6, -4), Fraction(), Fraction(5), Fraction(0.1), Fraction(2.5))
for s in ["1 / 2", "1_000/3", "1e3", ".5", "5.", "-.5e-2", " 3/4 ", "+7", "3/-4", "1__0", "", "0x10", "abc"]:
    try:
        print(repr(s), repr(Fraction(s)))
    except ValueError as e:
        print("ValueError", e)

a, b = Fraction(1, 2), Fraction(1, 3)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), 2), -a, +a, abs(-a))
print(a + 1, 1 + a, a * 2, 2 - b, 1 / Fraction(3), a - 1.0, 1.5 * b, a + True)
print(a ** 2, a ** -2, Fraction(0) ** 0, Fraction(-2, 3) ** -3, Fraction(2) ** Fraction(1, 2), 4 ** Fraction(1, 2),
      2 ** Fraction(-1), 2 ** Fraction(3), a ** 0.5)
print(a == Fraction(2, 4), a == 0.5, a != 1, b == 1 / 3, a < 1, a <= a, b > 0.3, a >= Fraction(1, 2),
      a < float("inf"), a == float("nan"), Fraction(5, 1) == 5)
print(sorted([Fraction(1, 2), 0.3, 1, Fraction(-1, 5)]), max(a, b), min([a, b, 0.4]))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1234, 100), 1),
      round(Fraction(1234), -2), round(b, 3))
print(int(Fraction(-7, 2)), float(b), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)),
      math.trunc(Fraction(-7, 2)), float(Fraction(10 ** 400, 3 * 10 ** 399)), bool(Fraction(0)), bool(a))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(2)), hash(Fraction(-1, 3)), hash(Fraction(1, 3)),
      {Fraction(1, 2): "half"}[0.5], len({Fraction(2, 4), 0.5, Fraction(1, 2)}))
print(a.numerator, a.denominator, Fraction(6, 4).as_integer_ratio(), Fraction(4, 2).is_integer(),
      Fraction.from_float(0.25), Fraction(7, 2).limit_denominator(1), Fraction(math.pi).limit_denominator(1000),
      Fraction(math.pi).limit_denominator(), Fraction(1, 3).limit_denominator(10))
print(f"{a}", str(b), [a, b], (a,), isinstance(a, Fraction), type(a * 2).__name__, Fraction(Fraction(1, 3), Fraction(2, 5)))
total = sum([Fraction(1, n) for n in range(1, 11)])
print(total, float(total))

for bad in [lambda: Fraction(1, 0), lambda: Fraction("1/0"), lambda: Fraction(1.5, 2), lambda: Fraction(float("nan")),
            lambda: Fraction(float("inf")), lambda: Fraction([]), lambda: a / 0, lambda: Fraction(0) ** -1,
            lambda: a.limit_denominator(0), lambda: a + "x", lambda: a < "x", lambda: a // 0]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
