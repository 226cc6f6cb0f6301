square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))

pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x ** 2, range(6))))
print(list(filter(lambda s: s.startswith("b"), ["apple", "banana", "blueberry", "cherry"])))

compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in "+-*":
    print(op, ops[op](6, 3))
print((lambda: "no args")())
