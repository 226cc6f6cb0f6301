# An int to a literal negative power is a float, as int.__pow__ defers to float.__pow__;
# 0 to a negative power and an int too large for a float raise CPython's errors.
def inverse_square(n: int) -> float:
    return n ** -2


def series(terms: int) -> float:
    total = 0.0
    for k in range(1, terms + 1):
        total += k ** -2
    return total


print(10 ** -2, 2 ** -1, (-2) ** -3, 3 ** -1 * 3, True ** -2, 1 ** -50)
print(inverse_square(4), inverse_square(-3), series(1000))
try:
    print(inverse_square(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print((10 ** 400) ** -1)
except OverflowError as e:
    print("OverflowError:", e)
