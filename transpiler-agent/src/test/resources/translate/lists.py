xs = [3, 1, 4, 1, 5]
ys = xs
ys.append(9)
print(xs, len(xs), xs[0], xs[-1], sum(xs), max(xs), min(xs))
zs = []
for x in xs:
    if x % 2 == 1:
        zs.append(x * 10)
print(zs, 4 in xs, 7 in xs)
grid = [[0] * 3] * 2
print(grid)
xs[1] = 100
xs[0] += 1
print(xs, xs + [0], [1.5, 2.0])
names: list[str] = ["b", "a"]
print(names, names.pop(), names)
