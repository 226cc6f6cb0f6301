names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
print(list(zip(names, ages)))
print(dict(zip(names, ages)))
print(list(zip("ab", range(5), [True, False, None])))
print(list(zip()))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
print(list(map(str.upper, names)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(int, "1 2 3".split())))
print(list(filter(None, [0, 1, "", "x", [], [0], None])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
m = map(len, names)
print(next(m), list(m), list(m))
for n, a in zip(names, ages):
    print(f"{n}: {a}")
print(sum(map(abs, [-1, -2, 3])))
