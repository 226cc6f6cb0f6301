# Class patterns with positional sub-patterns on namedtuple classes (collections.namedtuple
# and typing.NamedTuple), which match through the class's __match_args__.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")
Pair = namedtuple("Pair", ["left", "right"], defaults=[0])


class Move(NamedTuple):
    piece: str
    src: tuple
    dst: tuple = (0, 0)


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0) if x > 0:
            return f"right on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"at {x},{y}"
        case Pair(l, r):
            return f"pair {l}/{r}"
        case _:
            return "not a point"


def describe(m):
    match m:
        case Move("K", (r, c), _):
            return f"king from row {r} col {c}"
        case Move(p, src, dst=(0, 0)):
            return f"{p} from {src} to the corner"
        case Move(p, _, (r, _)) if r > 5:
            return f"{p} deep to row {r}"
        case Move(piece=p):
            return f"{p} moves"


print(Point.__match_args__, Pair.__match_args__, Move.__match_args__)
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(-4, 0), Point(2, 2), Point(1, 5), Pair(1), (0, 0), [1, 2]]:
    print(repr(p), "->", where(p))
for m in [Move("K", (1, 2), (2, 2)), Move("Q", (3, 3)), Move("R", (0, 0), (7, 1)), Move("B", (0, 0), (1, 1))]:
    print(describe(m))
try:
    match Point(1, 2):
        case Point(a, b, c):
            print("three?")
except TypeError as e:
    print("TypeError:", e)


# What CPython's MATCH_CLASS checks for any class pattern.
class Celsius(float):
    pass


class Lazy:
    __match_args__ = ("ready", "missing")

    def __init__(self):
        self.ready = True


class Listed:
    __match_args__ = ["a"]


class Twice:
    __match_args__ = ("a",)
    a = 1


def probe(subject):
    match subject:
        case Celsius(t) if t < 0:
            return f"freezing {t}"
        case bool(b):
            return f"bool {b}"
        case int(n) | str(n):
            return f"int or str {n!r}"
        case Lazy(r, m):
            return f"lazy {r} {m}"
        case Lazy(ready=r):
            return f"only ready {r}"
    return "no match"


for subject in [Celsius(-3.5), Celsius(2), True, 7, "s", Lazy()]:
    print(probe(subject))
for cls, n, kw in [(Listed, 1, False), (Twice, 1, True), (int, 2, False), (Lazy, 3, False), (len, 0, False)]:
    try:
        match cls() if cls is not len else 0:
            case c if n == 2 and cls is int:
                match c:
                    case int(a, b):
                        pass
            case Listed(a):
                pass
            case Twice(a, a=b) if kw:
                pass
            case Lazy(a, b, c):
                pass
            case _ if cls is len:
                match 0:
                    case len():
                        pass
    except TypeError as e:
        print("TypeError:", e)
