"""Assorted language semantics a real script leans on."""
import string
from collections import OrderedDict, namedtuple

TOTAL = 0


def bump(n):
    global TOTAL
    TOTAL += n
    return TOTAL


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


def finally_wins():
    try:
        return "try"
    finally:
        print("cleanup runs")


def find_first_square(nums):
    for n in nums:
        if int(n ** 0.5) ** 2 == n:
            break
    else:
        return None
    return n


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def main():
    print([bump(i) for i in range(5)], TOTAL)
    print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(3)))
    avg = averager()
    next(avg)
    print([avg.send(v) for v in [10, 20, 60]])
    try:
        avg.send(None)
    except StopIteration as stop:
        print("averaged", stop.value, "values")
    print(finally_wins())
    print(find_first_square([3, 5, 10, 16, 25]), find_first_square([2, 3]))
    secret = caesar("Hello, World!", 3)
    print(secret, caesar(secret, -3 % 26))
    print("hello world".translate({ord("l"): None, ord("o"): "0"}))
    data = [(x, y) for x in range(4) for y in range(x) if (x + y) % 2]
    print(data, {x: [y for y in range(x)] for x in range(4)})
    matrix = [[1, 2, 3], [4, 5, 6]]
    print(list(map(list, zip(*matrix))), [v for row in matrix for v in row if v % 2])
    if (n := len(data)) > 2:
        print(f"{n} pairs")
    first, *middle, last = range(7)
    print(first, middle, last, *middle[:2], sep="|")
    print((255).bit_length(), (255).bit_count(), pow(3, -1, 7), pow(2, 100, 97), abs(-7), int("ff", 16), 0o17, 0b1010)
    print(divmod(17, -5), -17 // 5, -17 % 5, round(-2.5), round(2.675, 2), round(1234.5678, -2), abs(-0.0))
    print(1 < 2 < 3, 1 < 3 < 2, "a" < "b" <= "b", [1, 2] < [1, 3], (1, "a") < (1, "b"))
    cm = dict(a=1, b=3)
    print(cm["a"], cm["b"], len(cm), sorted(cm), dict(cm))
    od = OrderedDict(a=1, b=2, c=3)
    od.move_to_end("a")
    od.popitem(last=False)
    print(od, list(od.items()))
    P = namedtuple("P", "x y", defaults=[0])
    print(P(1), P(1, 2)._replace(y=5), P._make([3, 4]), P(1) == (1, 0))
    s = "  Mixed Case Words Here  "
    print(s.split(None, 1), s.casefold().strip(), s.strip().swapcase()[::-2], "x=1;y=2".split(";", maxsplit=1))
    nums = [5, 3, 8, 1]
    nums.sort(key=lambda v: -v)
    print(nums, sorted("bBaA", key=str.lower), sorted("bBaA"), list(reversed(range(0, 10, 3))))
    d = {"k": 1}
    print(d.pop("k"), d.pop("missing", "default"), d.setdefault("n", []), d, d.get("zz"))
    try:
        d.popitem()
        d.popitem()
    except KeyError as e:
        print("KeyError:", e)
    print(list(enumerate("ab", start=1)), list(zip("ab", "cd", strict=True)), any([]), all([]))
    try:
        list(zip("ab", "c", strict=True))
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(True, int), type(1) is int, bool(""), bool("0"), None or "default", 0 and 1, [] or {})
    print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{3.14159:08.3f}|{-42:+06d}|{1e6:,.0f}|{0.000123:.2e}")


main()
