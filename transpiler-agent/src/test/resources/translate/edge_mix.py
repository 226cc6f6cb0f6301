count = 0


def bump(xs: list[int]) -> int:
    return len([count for count in xs if count > 1])


for i in range(4):
    if i == 1:
        continue
    try:
        value = 10 // (i - 2)
    except ZeroDivisionError as e:
        print("skip", e)
        continue
    print(i, value)
print(bump([1, 2, 3]), count)
groups: dict[str, list[int]] = {}
for n in range(6):
    key = "even" if n % 2 == 0 else "odd"
    if key not in groups:
        groups[key] = []
    groups[key].append(n)
print(groups)
best = (0, "")
for w in ["aa", "b", "cccc"]:
    cand = (len(w), w)
    if cand > best:
        best = cand
print(best)
try:
    r = {1: 2}[3]
except KeyError as e:
    print("missing", e)
q = [(b, a) for a, b in [(1, 'x'), (2, 'y')]]
print(q, sorted(q, reverse=True))
