# `d[k] = d.get(k, default) + step` counts in one dict probe: new keys go last, existing keys
# keep their place, defaults and steps of any int (big ones too) add exactly.
def count_words(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def weighted(keys: list[int]) -> dict[int, int]:
    d: dict[int, int] = {5: 100}
    big = 2**64
    step = -3
    for k in keys:
        d[k] = d.get(k, big) + step
    d[5] = d.get(5, 0) + 2**70
    return d


print(count_words("the cat and the hat and the bat".split()))
print(weighted([1, 5, 1, -2, 5, 1]))
c = count_words(["a"] * 3)
print(c, len(c))
