from functools import reduce, lru_cache, partial
from itertools import chain, accumulate, groupby
import operator

nums = [5, 3, 8, 1, 9, 2]
print(sorted(nums, key=lambda n: (n % 2, n)), list(map(lambda n: n * n, nums)))
print(list(filter(lambda n: n > 4, nums)), reduce(operator.add, nums), reduce(max, nums))
print(list(accumulate(nums)), list(chain([1, 2], (3, 4))))
for key, grp in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0]):
    print(key, list(grp))


@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(30))
pow2 = partial(pow, 2)
print(pow2(10), [pow2(i) for i in range(5)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip("abc", range(3))), list(enumerate("xy", start=1)))
