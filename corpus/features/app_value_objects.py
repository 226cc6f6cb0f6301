"""Value objects used as dict keys and in sets; rich comparisons; sorting."""
from functools import total_ordering
import math


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __neg__(self):
        return Point(-self.x, -self.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __str__(self):
        return ".".join(map(str, self.parts))

    def __repr__(self):
        return f"Version('{self}')"


class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, code):
        self.rank, self.suit = code[0], code[1]

    def __lt__(self, other):
        return (self.RANKS.index(self.rank), self.suit) < (self.RANKS.index(other.rank), other.suit)

    def __repr__(self):
        return self.rank + self.suit


def convex_hull(points):
    pts = sorted(set(points), key=lambda p: (p.x, p.y))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def main():
    pts = [Point(0, 0), Point(2, 1), Point(1, 1), Point(2, 2), Point(0, 2), Point(1, 1), Point(2, 0), Point(1, 3)]
    print(len(pts), len(set(pts)), Point(1, 1) in set(pts), pts.count(Point(1, 1)), pts.index(Point(2, 2)))
    print(convex_hull(pts))
    visits = {}
    for p in pts:
        visits[p] = visits.get(p, 0) + 1
    print(visits)
    a, b = Point(3, 4), Point(1, -1)
    print(a + b, a - b, -a, abs(a), 2 * a, a * 3, list(a), tuple(b), dict(x=a.x))
    x, y = a
    print(x, y, max(pts, key=abs), sorted(pts, key=lambda p: (-p.y, p.x))[:3])
    try:
        a.z = 5
    except AttributeError as e:
        print("AttributeError:", e)
    vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
    print(sorted(vs), max(vs), min(vs), sorted(set(vs)))
    print(Version("1.2") <= Version("1.10"), Version("2.0") > Version("1.99"), Version("1.0") != Version("1.0"))
    hand = [Card(c) for c in "Ah Tc 2d Ts Kh 2c".split()]
    print(sorted(hand), sorted(hand, reverse=True)[:2], min(hand))
    try:
        print(Card("2c") > Card("3c"))
        print(Card("2c") <= Card("3c"))
    except TypeError as e:
        print("TypeError:", e)
    print(Point(1, 2) == (1, 2), Point(1, 2) != Point(1, 2))
    try:
        sorted([Point(1, 2), Point(0, 0)])
    except TypeError as e:
        print("TypeError:", e)


main()
