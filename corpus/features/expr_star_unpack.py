first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "xyz"
print(head, tail)
*init, end = (10,)
print(init, end)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
x, y = y, x = 1, 2
print(x, y)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)


def f(a, b, c, d=0):
    return a * 1000 + b * 100 + c * 10 + d


args = [1, 2, 3]
print(f(*args), f(*args, 4), f(0, *[1, 2]), f(*[1], *[2, 3]))
kwargs = {"c": 5, "d": 6}
print(f(1, 2, **kwargs), f(**{"a": 1, "b": 1, "c": 1}))
print([*range(3), *"ab", *[None]])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({*[1, 2], *(2, 3)} == {1, 2, 3})
print(*[1, 2, 3], sep="-")
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
