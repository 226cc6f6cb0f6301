it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
empty = iter([])
print(next(empty, "nothing"))
try:
    next(empty)
except StopIteration:
    print("StopIteration raised")

s = iter("hé!")
print(next(s), next(s), next(s), next(s, "<end>"))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), list(keys))
r = iter(range(3))
print(list(r), list(r))
it2 = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it2, it2)))
print(iter(it2) is it2)
print(next(iter({7}), 0), next(iter(()), 0))
lines = iter(["a", "b", "", "c"])
for line in lines:
    if not line:
        break
    print("line", line)
print("rest", list(lines))
