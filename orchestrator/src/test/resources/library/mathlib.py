"""A library for the ABI's differential test: typed and untyped functions, called through
`portalis call`'s code path and in CPython 3.12 with the same JSON arguments."""
import math
from collections import Counter
from dataclasses import dataclass

SCALE = 3
GREETING = "hello"


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Box:
    name: str
    corners: list[Point]


class InsufficientFunds(Exception):
    pass


def add(a: int, b: int) -> int:
    return a + b


def mul(a, b):
    return a * b


def power(base: int, exp: int) -> int:
    return base ** exp


def divide(a, b):
    return a / b


def floor_div(a: int, b: int) -> int:
    return a // b


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def hypot(x: float, y: float) -> float:
    return math.sqrt(x * x + y * y)


def scaled(x):
    return x * SCALE


def greet(name: str) -> str:
    return f"{GREETING}, {name}!"


def shout(words: list[str]) -> str:
    return " ".join(w.upper() for w in words)


def char_count(text):
    return len(text)


def sort_desc(xs: list[int]) -> list[int]:
    return sorted(xs, reverse=True)


def word_counts(text: str) -> dict[str, int]:
    return dict(Counter(text.split()))


def invert(d: dict[str, int]) -> dict[int, str]:
    return {v: k for k, v in d.items()}


def min_max(xs):
    return (min(xs), max(xs))


def norm1(p: Point) -> int:
    return abs(p.x) + abs(p.y)


def midpoint(a: Point, b: Point) -> Point:
    return Point((a.x + b.x) // 2, (a.y + b.y) // 2)


def box_width(box: Box) -> int:
    xs = [c.x for c in box.corners]
    return max(xs) - min(xs)


def swap(pair: tuple[int, str]) -> tuple[str, int]:
    a, b = pair
    return (b, a)


def is_even(n: int) -> bool:
    return n % 2 == 0


def nothing():
    return None


def specials():
    return [math.inf, -math.inf, 0.1 + 0.2, 1e16, -0.0]


def is_nan(x):
    return x != x


def withdraw(balance: int, amount: int) -> int:
    if amount > balance:
        raise InsufficientFunds(f"balance {balance} is less than {amount}")
    return balance - amount


def lookup(d, key):
    return d[key]


def nth(xs, i):
    return xs[i]


def parse_int(s):
    return int(s)


def unique(xs):
    return set(xs)


def _private_helper():
    return 42


RUNS = []


def runs_as_program():
    return len(RUNS)


def module_name():
    return __name__


if __name__ == "__main__":
    RUNS.append("the main block ran")
