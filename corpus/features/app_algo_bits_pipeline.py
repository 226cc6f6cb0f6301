import heapq
import itertools
from bisect import bisect_left, bisect_right, insort


def gray(n):
    return n ^ (n >> 1)


def popcount_table(bits):
    table = [0] * (1 << bits)
    for i in range(1, 1 << bits):
        table[i] = table[i >> 1] + (i & 1)
    return table


def subsets(mask):
    sub = mask
    while True:
        yield sub
        if sub == 0:
            return
        sub = (sub - 1) & mask


def reverse_bits(x, width=32):
    result = 0
    for _ in range(width):
        result = (result << 1) | (x & 1)
        x >>= 1
    return result


def tsp_bitmask(dist):
    n = len(dist)
    INF = float("inf")
    dp = [[INF] * n for _ in range(1 << n)]
    dp[1][0] = 0
    for mask in range(1 << n):
        for last in range(n):
            cur = dp[mask][last]
            if cur == INF or not mask >> last & 1:
                continue
            for nxt in range(n):
                if mask & (1 << nxt):
                    continue
                nm = mask | 1 << nxt
                if cur + dist[last][nxt] < dp[nm][nxt]:
                    dp[nm][nxt] = cur + dist[last][nxt]
    full = (1 << n) - 1
    return min(dp[full][i] + dist[i][0] for i in range(1, n))


class Fib:
    __slots__ = ("a", "b", "limit")

    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio

    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)

    def __repr__(self):
        return f"Task({self.name!r}, {self.prio})"


def read_numbers(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield from (int(tok) for tok in line.split())


def running_max(nums):
    best = None
    for n in nums:
        best = n if best is None else max(best, n)
        yield best


def chunked(it, size):
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class ValidationError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise ValidationError(f"not a number: {text!r}") from exc
    if not 0 < port < 65536:
        raise ValidationError(f"out of range: {port}")
    return port


print([gray(i) for i in range(8)], [f"{gray(i):03b}" for i in range(8)])
table = popcount_table(8)
print(table[:16], sum(table), table[255])
print(sorted(subsets(0b1011)), len(list(subsets(0b111111))))
print(hex(reverse_bits(1)), reverse_bits(0b1011, 4), f"{reverse_bits(0xF0, 8):#010b}")
print("lowest set bit:", [x & -x for x in (12, 40, 7, 1 << 70)], (1 << 70).bit_length(), (-(1 << 70)) >> 68)
print("xor swap:", (lambda a, b: (a ^ b ^ b, a ^ b ^ a))(5, 9), 0b1010 ^ 0b0110, ~5 & 0xF, -17 & 0xFF, -17 | 3)
dist = [[0, 10, 15, 20], [10, 0, 35, 25], [15, 35, 0, 30], [20, 25, 30, 0]]
print("tsp:", tsp_bitmask(dist))
print("fib:", list(Fib(100)), sum(Fib(10 ** 6)), max(Fib(50)))
heap = []
for name, prio in [("write", 2), ("read", 1), ("exec", 2), ("boot", 0), ("audit", 1)]:
    heapq.heappush(heap, Task(name, prio))
print([heapq.heappop(heap) for _ in range(len(heap))])
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, ["pear", "fig", "banana"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), heapq.heapify(h := [5, 3, 1]) or h)
data = ["3 4 5  # first", "", "# comment", "10 -2", "7"]
print(list(running_max(read_numbers(data))), list(chunked(read_numbers(data), 4)))
pipeline = (x * x for x in read_numbers(data) if x % 2)
print(sum(pipeline), list(pipeline))
scores = [33, 55, 55, 70, 88, 99]
print(bisect_left(scores, 55), bisect_right(scores, 55), [("FDCBA"[bisect_right([60, 70, 80, 90], s)]) for s in (33, 70, 89, 95)])
insort(scores, 60)
print(scores, bisect_left(scores, 100), bisect_left(scores, 0))
for text in ["8080", "http", "70000"]:
    try:
        print("port", parse_port(text))
    except ValidationError as e:
        print(f"invalid: {e}; cause={type(e.__cause__).__name__ if e.__cause__ else None}")
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))
print([list(g) for _, g in itertools.groupby(sorted(records, key=lambda r: r[1]), key=lambda r: r[1])])
counter = itertools.count(10, 5)
print([next(counter) for _ in range(3)], list(itertools.repeat("x", 3)), list(itertools.batched("abcdefg", 3)))
