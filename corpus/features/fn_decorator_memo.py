calls = 0


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    return wrapper


@memoize
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), calls)
print(fib(80), calls)
print(fib(30), calls)


def trace(label):
    def decorator(fn):
        def wrapped(*args, **kwargs):
            print(label, "calling", fn.__name__, args, kwargs)
            out = fn(*args, **kwargs)
            print(label, "returned", out)
            return out
        return wrapped
    return decorator


@trace("[T]")
def add(a, b=0):
    return a + b


add(2, b=3)
add(5)


@memoize
@trace("[inner]")
def square(x):
    return x * x


print(square(4), square(4), square(5))
