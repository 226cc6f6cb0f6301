# round() in typed code: half to even on the exact binary value, an int without ndigits (also
# for a negative ndigits of an int), a float with them; inf and nan raise CPython's errors.
def price_table(prices: list[float]) -> list[float]:
    return [round(p * 1.0825, 2) for p in prices]


def mean(xs: list[float]) -> float:
    return round(sum(xs) / len(xs), 3)


def bucket(n: int) -> int:
    return round(n, -2)


print(round(2.5), round(3.5), round(-2.5), round(-0.5), round(0.5), round(1.5), round(1e20))
print(round(0.125, 2), round(2.675, 2), round(1234.5, -1), round(-1.005, 2), round(1e-7, 8), round(123.456, -5))
print(round(5.0, 0), round(-0.0, 1), round(1.23456789, 20), round(3.14159, True), round(7), round(True))
print(price_table([19.99, 5.0, 0.1, 100.125]), mean([1.0, 2.0, 2.0]), mean([0.1, 0.2, 0.3]))
print([bucket(n) for n in [1250, 1350, -1250, 149, 150, 250, 10 ** 20 + 50]], round(15, -1), round(25, -1), round(5, 3))
x = 2 ** 70 + 0.0
print(round(x), round(x, -20), round(1.5e300, -300), round(12345, -10))
for bad in [float("inf"), float("nan")]:
    try:
        print(round(bad))
    except OverflowError as e:
        print("OverflowError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
