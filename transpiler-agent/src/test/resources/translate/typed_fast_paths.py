# Typed fast paths: str chains built at once, setdefault with an empty default, list swaps,
# str equality, class attributes read through cells.
def chains(words: list[str]) -> list[str]:
    out: list[str] = []
    for a, b in zip(words, words[1:]):
        out.append(a + " " + b + "!" + a)
    out.append("" + "" + "")
    out.append("é" + "x" + "ü" + words[0])
    out.append(words[0] * 30 + "-" + words[1] * 30)
    return out


def groups(words: list[str]) -> dict[str, list[int]]:
    by_first: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        by_first.setdefault(w[:1], []).append(i)
    kept = by_first.setdefault("a", [])
    kept.append(-1)
    return by_first


def nested(words: list[str]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for w in words:
        inner = table.setdefault(w[:1], {})
        inner[w] = inner.get(w, 0) + 1
    return table


def flips(xs: list[int]) -> int:
    n = 0
    k = xs[0]
    while k != 0:
        i, j = 0, k
        while i < j:
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
            j -= 1
        n += 1
        k = xs[0]
    return n


def swap_at(xs: list[int], i: int, j: int) -> str:
    try:
        xs[i], xs[j] = xs[j], xs[i]
        return "ok " + str(xs)
    except IndexError as e:
        return "IndexError " + str(e) + " " + str(xs)


words = ["alpha", "beta", "gamma", "alpha", "delta", "beta", "a", "epsilon-long-word-here"]
print(chains(words))
print(groups(words))
print(nested(words))
print(flips([3, 1, 4, 0, 2]), flips([0, 1]), flips([4, 3, 2, 1, 0]))
print(swap_at([1, 2, 3], 0, 2), swap_at([1, 2, 3], -1, 0), swap_at([1, 2, 3], 1, 1))
print(swap_at([1, 2, 3], 5, 0), swap_at([1, 2, 3], 0, 5), swap_at([1, 2, 3], -4, 9))
same = words[0]
print(same == words[3], words[0] == "alpha", "alph" + "a" == words[3], "beta" != words[1])
print(words[7] == "epsilon-long-word-here", words[7] == "epsilon-long-word-hera", "" == words[6][1:])
ys = [5, 6, 7]
ys[0], ys[2] = ys[2], ys[0]
print(ys)
ys[0], ys[1] = ys[1], ys[3]
