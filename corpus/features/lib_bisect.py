import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

a = [1, 2, 4, 4, 4, 7, 9]
print([bisect_left(a, x) for x in [0, 1, 4, 5, 9, 10]], [bisect_right(a, x) for x in [0, 1, 4, 5, 9, 10]])
print(bisect.bisect(a, 4), bisect.bisect(a, 4, 0, 3), bisect_left(a, 4, 4), bisect_left(a, 4, lo=1, hi=2), bisect_right(a, 4, hi=4))
print(bisect_left([], 3), bisect_right([], 3), bisect_left(a, 4, 5, 100) if False else bisect_left(a, 8, 0, len(a)))
print(bisect_left("acegi", "d"), bisect_right(("a", "b", "b"), "b"), bisect_left([1.5, 2.5], 2))
recs = [("ann", 20), ("bob", 25), ("cy", 31), ("di", 40)]
print(bisect_left(recs, 25, key=lambda r: r[1]), bisect_right(recs, 25, key=lambda r: r[1]), bisect_left(recs, 99, key=lambda r: r[1]))
print(bisect_right(recs, 31, 0, 2, key=lambda r: r[1]), bisect_left(["a", "bbb", "cc"], 2, key=len) if False else 0)
b = [3, 6, 9]
insort(b, 5)
insort(b, 6)
insort_left(b, 6)
insort_right(b, 100)
insort(b, -1, 0, 2)
print(b)
c = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(c, x)
print(c)
names = [("amy", 3)]
insort(names, ("bob", 1), key=lambda t: t[1])
insort(names, ("cy", 2), key=lambda t: t[1])
insort_left(names, ("dee", 2), key=lambda t: t[1])
print(names)
for bad in [lambda: bisect_left(a, 3, -1), lambda: bisect_left(a, "x"), lambda: bisect_left(None, 1),
            lambda: bisect.insort(a, 2, -2), lambda: bisect_left(), lambda: bisect_right(a, 1, 0, 2, 3)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(bisect_left(a, 4, 100), bisect_right(a, 4, 0, 0), bisect_left(a, 4, 3, 1))


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
