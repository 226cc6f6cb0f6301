import functools
from functools import cache, cmp_to_key, lru_cache, partial, reduce, total_ordering, wraps

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [1, 2, 3], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(lambda a, b: a * b, [], 1), reduce(lambda a, b: a, [7]))
print(reduce(lambda a, b: a + b, ["x", "y", "z"]), reduce(lambda a, b: {**a, b: len(b)}, ["aa", "b"], {}))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, iter(()))
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError:", e)


def power(base, exp, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10), square(base=3), partial(power, 2)(10), partial(power, 2, 10, 1000)())
p2 = partial(partial(power, 3), 4)
print(p2(), p2.func is power, p2.args, p2.keywords, square.keywords, square.args, square.func.__name__)
join = partial(" ".join)
print(join(["a", "b"]), partial(sorted, key=len)(["ccc", "a", "bb"]), partial(int, base=2)("1011"))
add = partial(lambda a, b, c=0: (a, b, c), 1, c=5)
print(add(2), add(2, c=9), list(map(partial(max, 0), [-1, 5, 3])))
print(repr(partial(int, base=16)), repr(partial(str, 1)), repr(partial(partial(int, "7"), base=8)))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

calls = []


@lru_cache(maxsize=3)
def slow_sq(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2, 5, 2]:
    slow_sq(n)
print(calls, slow_sq.cache_info())
print(slow_sq.cache_info().hits, slow_sq.cache_info().misses, slow_sq.cache_info().maxsize, slow_sq.cache_info().currsize)
slow_sq.cache_clear()
print(slow_sq.cache_info(), slow_sq(9), slow_sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info(), fib.__name__)


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), grid_paths.cache_info())


@lru_cache(maxsize=None)
def kw_cached(a, b=1, *, c=2):
    calls.append(("kw", a, b, c))
    return a + b + c


calls.clear()
print(kw_cached(1), kw_cached(1), kw_cached(1, 1), kw_cached(1, b=1), kw_cached(1, c=2), kw_cached(2, c=3), len(calls))
print(kw_cached.cache_info())


@lru_cache(maxsize=0)
def never(n):
    return n


never(1)
never(1)
print(never.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
try:
    slow_sq([1])
except TypeError as e:
    print("TypeError:", e)


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
k1, k2 = cmp_to_key(lambda a, b: a - b)(1), cmp_to_key(lambda a, b: a - b)(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= k2, k2 >= k1)


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))
try:
    Version("1.0") < 5
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


print(Score(1) < Score(2), Score(3) <= Score(2), Score(2) >= Score(2))


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def area(w, h=1):
    """Compute the area."""
    return w * h


print(area(3, h=4), area.__name__, area.__wrapped__(2, 5), area.__qualname__)


def plain_decorator(func):
    def inner(*a):
        return func(*a)
    return inner


@plain_decorator
def named():
    return 1


print(named.__name__, functools.update_wrapper(lambda: 0, area).__name__)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(int)
def _(x):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register(str)
def _describe_str(x):
    return f"str {x.upper()}"


print(describe(5), describe([1, 2]), describe("hi"), describe(2.5), describe(True), describe(None))
describe.register(float, lambda x: f"float {x:.1f}")
print(describe(2.5), describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(dict) is describe.dispatch(object))
print(partial(reduce, lambda a, b: a * b)([1, 2, 3, 4]), reduce(functools.partial(max, key=abs), [-5, 3, -7, 2]))
