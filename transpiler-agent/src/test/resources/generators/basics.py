def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def evens(xs):
    for x in xs:
        if x % 2:
            continue
        if x > 10:
            break
        yield x * 10
    else:
        yield "no break"
    yield "after"


def early(n):
    for i in range(n):
        if i == 3:
            return "ignored"
        yield i
    yield "never"


print(list(count_up(4)))
f = fib()
print([next(f) for _ in range(10)])
print(list(evens([1, 2, 4, 5, 6])))
print(list(evens([2, 12, 4])))
print(list(early(10)))
g1, g2 = count_up(3), count_up(3)
print(next(g1), next(g1), next(g2), next(g1), next(g2, "x"), next(g1, "end"))
print(sum(count_up(101)))
