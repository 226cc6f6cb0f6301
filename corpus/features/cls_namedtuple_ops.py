# Tuple operators on namedtuples (collections.namedtuple and typing.NamedTuple): concatenation,
# repetition on either side, comparisons, hashing, slicing
from collections import namedtuple
from typing import NamedTuple

Pair = namedtuple("Pair", "a b")


class Point(NamedTuple):
    x: int
    y: int = 0


p, q, r = Point(3, 4), Point(1), Pair("u", "v")
print(p + q, p + r, r + p, p + (9,), (9,) + p, () + q, type(p + q).__name__)
print(p * 2, 2 * p, r * 0, 3 * r, True * q)
print(p[1:], p[::-1], p[-1], len(p + p))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(p, q), p > q, p == (3, 4), (3, 4) == p)
print(hash(p) == hash((3, 4)), {p: 1}[(3, 4)], p in {(3, 4)}, (1, 0) in [q])
for bad in [lambda: p + [1], lambda: [1] + p, lambda: p * "ab", lambda: "ab" * p, lambda: p * 1.5]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
total = ()
for t in (p, q, r):
    total += t
print(total, sum((p, q), ()))
