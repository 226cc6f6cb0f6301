values = [0, 1, -1, 42, 3.14159, -2.5, 1e10, 1234567.891, 0.000123]
specs = ["", ">10", "<10", "^10", "+", " ", "010", ".2f", ".3e", ".4g", ",", "_", "%", ".1%", "g", "e"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError:
            row.append("ERR")
    print("|".join(row))
for n in [0, 7, 255, -255, 65535]:
    print(format(n, "b"), format(n, "#o"), format(n, "x"), format(n, "#X"), format(n, "08b"), format(n, "+#x"))
for s in ["", "a", "hello world"]:
    print("[" + format(s, "") + "]", "[" + format(s, ">5") + "]", "[" + format(s, "-^7") + "]", "[" + format(s, ".3") + "]")
print(format(True, ""), format(True, "d"), format(None, ""), format(2.0, ""), format(1e100, ".3g"))
print(format(float("nan"), ".2f"), format(float("inf"), "+"), format(-0.0, ".1f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(12345.6789, "=+12.2f"), format(-42, "=8d"), format(42, "^+7d"), format(3.0, "#.0f"))
