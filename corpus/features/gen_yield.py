def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


for v in countdown(3):
    print("got", v)

g = countdown(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")


def pairs(items):
    for i, x in enumerate(items):
        for y in items[i + 1:]:
            yield x, y


print(list(pairs("abcd")))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])


def with_return():
    yield 1
    return "result"
    yield 2


gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)
