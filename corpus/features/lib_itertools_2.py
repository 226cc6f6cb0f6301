import itertools
import operator
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)

print(list(islice(count(), 4)), list(islice(count(10), 3)), list(islice(count(1, 0.5), 4)), list(islice(count(5, -2), 4)))
print(list(islice(count(2.5), 3)), next(count(start=7, step=3)), repr(count(3)), repr(count(1, 2)), repr(count(1.5, 0.5)))
c = count(3)
next(c)
print(repr(c), list(zip("abc", count(1))))
print(list(islice(cycle([1, 2, 3]), 7)), list(islice(cycle("ab"), 0)), list(cycle([])))
print(list(repeat(4, 3)), list(repeat("x", 0)), list(islice(repeat(None), 2)), repr(repeat("a", 2)), list(repeat(1, -3)))
print(list(map(pow, range(5), repeat(2))))

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate(range(5), func=operator.sub)))

print(list(chain()), list(chain("ab", [], (1,), range(2))), list(chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable([[1, [2]], (3,)])), list(islice(chain.from_iterable(repeat([1, 2])), 5)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))), list(compress("ab", [])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])), list(takewhile(str.isalpha, "abc1de")))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, []])))

for k, g in groupby([1, 1, 2, 3, 3, 3, 1]):
    print(k, list(g), end="; ")
print()
for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0]):
    print(k, list(g))
print([k for k, _ in groupby("AAAABBBCCDAABBB")], [len(list(g)) for _, g in groupby("AAAABBBCCD")])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([(k, list(g)) for k, g in groupby([], key=len)], [(k, len(list(g))) for k, g in groupby(["a", "b", "cc", "dd", "e"], len)])

data = "ABCDEFG"
print(list(islice(data, 2)), list(islice(data, 2, 4)), list(islice(data, 2, None)), list(islice(data, 0, None, 2)))
print(list(islice(data, 1, 6, 2)), list(islice(data, None)), list(islice(data, None, 3)), list(islice(data, 10, 20)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
for bad in [lambda: islice(data, -1), lambda: islice(data, 0, 5, 0), lambda: islice(data, "a"), lambda: islice(data, 1, 2, 3, 4)]:
    try:
        print(bad())
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__ + ":", ex)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(1,), (1, 2, 3), ()])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter("xyz"), 3)
next(x)
print(list(x), list(y), list(z), len(tee("ab", 4)), tee([], 0))
print(list(zip_longest("abc", [1, 2])), list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)), list(zip_longest()))
print(list(zip_longest("ab", "cd")), list(zip_longest([], "x", fillvalue="?")))

print(list(product("ab", repeat=2)), list(product([1, 2], "xy", [True])), list(product()), list(product([], [1])))
print(len(list(product(range(4), repeat=3))), list(product("ab", "c", repeat=2))[:3])
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations([1, 2], 3)), list(permutations([], 0)))
print(list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 5)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("x", 0)))
print(list(pairwise([1, 2, 3, 4])), list(pairwise("a")), list(pairwise("abc")), list(pairwise([])))
print(list(batched(range(7), 3)), list(batched("abcdef", 2)), list(batched([], 3)), list(batched("ab", 5)))
for bad in [lambda: list(batched("ab", 0)), lambda: list(permutations("ab", -1)), lambda: list(combinations("ab", -1)),
            lambda: list(product("ab", repeat=-1)), lambda: list(repeat(1, "a")), lambda: list(chain(1, 2)),
            lambda: list(accumulate([1, "a"]))]:
    try:
        print(bad())
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__ + ":", ex)

# common recipes
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def sliding_window(iterable, n):
    from collections import deque
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


print(list(roundrobin("ABC", "D", "EF")), list(flatten([[1, 2], [3], []])), list(sliding_window("abcde", 3)), list(powerset([1, 2, 3])))
print(sum(1 for _ in combinations(range(20), 3)), dict(zip(count(), "xyz")), list(map(sum, batched(range(10), 4))))
print(sorted(set(map("".join, permutations("aab")))), ["".join(p) for p in product("01", repeat=3)])
