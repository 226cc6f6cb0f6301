t = (3, 1, 4, 1, 5)
print(t, len(t), t[0], t[-1], t[1:3], t.count(1), t.index(4))
print(t + (9,), t * 2, (1,) * 3, () == tuple(), (1, 2) < (1, 2, 0))
single = (42,)
print(single, type(single).__name__, (42), type((42)).__name__)
a, b, c = "xyz"
print(a, b, c)
point = 3, 4
x, y = point
print(point, x, y)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], max(nested), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(tuple(sorted(t)), sum(t), 5 in t, list(enumerate(t))[:2])
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
records = [("ann", 30), ("bob", 25)]
for name, age in records:
    print(f"{name} is {age}")
print(dict(records), [n for n, _ in records])
