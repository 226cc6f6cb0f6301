from functools import lru_cache, cache, reduce
import sys

sys.setrecursionlimit(10000)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def partitions(n, k):
    """Number of ways to write n as a sum of parts no larger than k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def lcs(a: str, b: str) -> str:
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = 1 + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    out = []
    i = j = 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    memo = {}

    def best(i, cap):
        if i == len(items):
            return 0, ()
        key = (i, cap)
        if key in memo:
            return memo[key]
        name, weight, value = items[i]
        result = best(i + 1, cap)
        if weight <= cap:
            v, chosen = best(i + 1, cap - weight)
            if v + value > result[0]:
                result = (v + value, (name,) + chosen)
        memo[key] = result
        return result

    return best(0, capacity)


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    fewest = [0] + [float("inf")] * amount
    for x in range(1, amount + 1):
        fewest[x] = min((fewest[x - c] + 1 for c in coins if c <= x), default=float("inf"))
    return ways[amount], fewest[amount]


def longest_increasing(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def collatz_len(n, _memo={1: 1}):
    if n in _memo:
        return _memo[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    _memo[n] = 1 + collatz_len(nxt)
    return _memo[n]


print("fib(90) =", fib(90))
print("fib(300) =", fib(300))
print(fib.cache_info())
print("p(60) =", partitions(60, 60))
print("lcs:", lcs("AGGTABQWERTY", "GXTXAYBWRT"))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
value, chosen = knapsack(items, 200)
print(f"knapsack: value={value} items={sorted(chosen)}")
print("coins:", coin_change([1, 5, 10, 25, 50], 100), coin_change([7, 3], 11), coin_change([5], 3))
print("LIS:", longest_increasing([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
best = max(range(1, 30000), key=collatz_len)
print("longest collatz under 30000:", best, collatz_len(best))
total = reduce(lambda acc, n: acc * n % 1_000_000_007, range(1, 1001), 1)
print("1000! mod p =", total)
