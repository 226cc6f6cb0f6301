def make_counter():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc

get, inc = make_counter()
inc()
inc()
print(get())

def apply_all(fs, v):
    return [f(v) for f in fs]

print(apply_all([lambda x: x + 1, lambda x: x * 2, str], 5))

def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

print(compose(abs, lambda v: v - 10)(3))

def uses_before_assign():
    try:
        print(value)
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return value

print(uses_before_assign())

def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    add(1)
    add(2)
    return items

print(outer())
gen_scale = 3
scaled = list(map(lambda v: v * gen_scale, range(4)))
print(scaled)
