def divmod2(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def swap_pair(p: tuple[int, str]) -> tuple[str, int]:
    return p[1], p[0]


t = (1, 'a')
print(t)
print((1,))
print((1, 2.5, True, None, "x'y"))
print(t[0], t[1], t[-1], len(t))
print(str(t), repr(t))
q, r = divmod2(17, 5)
print(q, r)
print(divmod2(-7, 2))
a = 1
b = 2
a, b = b, a
print(a, b)
print(swap_pair((3, 'three')))
nested = ((1, 2), ['x', 'y'])
(x, y), zs = nested
print(x, y, zs, nested)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (2, 'a') > (1, 'z'), (1, 2) != (1, 2))
pairs = [(1, 'one'), (2, 'two')]
pairs.append((3, 'three'))
print(pairs)
print((2, 'two') in pairs)
for n, name in pairs:
    print(n, name)
total = 0
for v in (10, 20, 30):
    total += v
print(total)
for i, ch in enumerate("abc"):
    print(i, ch)
xs = [5, 6, 7]
for i, v in enumerate(xs, 1):
    print(i, v)
for i, v in enumerate(xs, start=10):
    if i == 10:
        xs.append(8)
    print(i, v)
for k, v in zip(["a", "b", "c"], [1, 2]):
    print(k, v)
for a1, b1, c1 in zip(range(3), "xyz", [1.5, 2.5, 3.5]):
    print(a1, b1, c1)
for i, (n, name) in enumerate(pairs):
    print(i, n, name)
if t:
    print("truthy")
print(f"{t} {(1,)}")
