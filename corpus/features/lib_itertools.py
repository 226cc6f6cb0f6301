import itertools

print(list(itertools.islice(itertools.count(), 5, 10)))
print(list(itertools.islice("abcdefg", 0, None, 2)))
print(list(itertools.takewhile(lambda x: x < 7, itertools.count(1, 2))))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
counter = itertools.count(5, 5)
print(next(counter), next(counter))
cyc = itertools.cycle("ab")
print([next(cyc) for _ in range(5)])
print(list(itertools.chain([1, 2], "xy", range(2))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), repeat=2))))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.repeat("z", 3)))
for key, group in itertools.groupby("aaabccdd"):
    print(key, list(group))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
