# Types learned from uses: unannotated parameters typed by their calls, bare list/tuple/dict
# annotations whose element types the values tell, list(range(...)), swaps through subscripts.
from typing import List


def scale(xs: list, k: float) -> list:
    return [x * k for x in xs]


def first_two(xs: List) -> tuple:
    return xs[0], xs[1]


def total(counts: dict) -> int:
    t = 0
    for k in counts:
        t += counts[k]
    return t


def greet(name, times):
    out = ""
    for _ in range(times):
        out += "hi " + name + " "
    return out.strip()


def swap_all(xs):
    i, j = 0, len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i += 1
        j -= 1
    return xs


print(scale([1.0, 2.5], 2.0))
a, b = first_two([3, 4, 5])
print(a + b)
print(total({"a": 1, "b": 2}))
print(greet("bob", 2))
print(greet("al", 0) == "")
print(swap_all(list(range(7))), list(range(2, 10, 3)), list("abc"), list([1, 2]))
big = swap_all([2 ** 70, -1])
print(big)
