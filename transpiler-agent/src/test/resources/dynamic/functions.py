def add(a, b=10, *args, scale=1, **kwargs):
    total = (a + b + sum(args)) * scale
    for k in sorted(kwargs):
        total += kwargs[k]
    return total

print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, scale=3), add(1, 2, x=5, y=6))
print(add(*[1, 2, 3]), add(**{"a": 1, "b": 2}))

def posonly(a, b, /, c, *, d=4):
    return (a, b, c, d)

print(posonly(1, 2, 3), posonly(1, 2, c=5, d=6))

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(20), fact(30))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
c()
c()
print(c(5))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@deco
def greet(who):
    return "hi " + who

print(greet("bob"))
square = lambda v: v * v
print(square(7), (lambda: 42)())
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2], reverse=True))
print(max([1, 5, 3]), min(4, 2, 8), max(["a", "bbb"], key=len))

counter_total = 0
def bump():
    global counter_total
    counter_total += 1

bump()
bump()
print(counter_total)

def noreturn():
    pass

print(noreturn())

def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    x = 5
    return mid()

print(outer())
