# Fraction.__format__ with the f, F and % presentation types (Python 3.12).
from fractions import Fraction as F

values = [F(1, 3), F(-1, 1000), F(2, 3), F(123456789, 7), F(0), F(5, 2), F(-5, 2), F(1, 8), F(10**20, 3)]
for spec in [".2f", ".4f", "f", "10.3f", "%", ".1%", "", "+.2f", ",.2f", "z.2f", ".0f", "*^12.1f", "011.2f", "_.3F", " .1f", "#.2f", "#>+#9.1f"]:
    print(repr(spec), [format(v, spec) for v in values])
print(f"{F(7, 8):.2%} of {F(22, 7):8.4f}|{F(22, 7):<8.1f}|{F(-22, 7):=+9.2f}|")
for bad in [">10", "d", "x"]:
    try:
        format(F(1, 3), bad)
    except ValueError as e:
        print("ValueError:", e)
