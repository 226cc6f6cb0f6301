import sys
from math import isqrt

sys.setrecursionlimit(100000)


def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b"\x00\x00"
    for i in range(2, isqrt(limit) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = bytearray(len(range(i * i, limit + 1, i)))
    return [i for i, p in enumerate(is_prime) if p]


def sieve_list(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i in range(limit + 1) if flags[i]]


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def flood(grid, r, c, seen):
    if (r, c) in seen or not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    seen.add((r, c))
    return 1 + sum(flood(grid, r + dr, c + dc, seen) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


def prime_factors(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def num_divisors(n):
    result = 1
    for e in prime_factors(n).values():
        result *= e + 1
    return result


primes = sieve(200000)
print(len(primes), primes[:10], primes[-3:], sum(primes))
print(sieve_list(100) == sieve(100))
print("recursion depth:", depth(20000))
try:
    depth(200000)
except RecursionError as e:
    print("RecursionError:", e)
grid = ["." * 20 for _ in range(20)]
print("flood:", flood(grid, 0, 0, set()))
print(prime_factors(600851475143), max(prime_factors(600851475143)))
tri, k = 0, 0
while True:
    k += 1
    tri += k
    if num_divisors(tri) > 200:
        break
print("first triangle number with >200 divisors:", tri)
spf = list(range(10001))
for i in range(2, 101):
    if spf[i] == i:
        for j in range(i * i, 10001, i):
            if spf[j] == j:
                spf[j] = i
print("spf:", spf[9999], spf[9973], spf[1001])
pal = max(a * b for a in range(900, 1000) for b in range(a, 1000) if str(a * b) == str(a * b)[::-1])
print("largest palindrome product:", pal)
print("sum of squares diff:", sum(range(101)) ** 2 - sum(i * i for i in range(101)))
print("pythagorean:", next(a * b * (1000 - a - b) for a in range(1, 1000) for b in range(a, 1000)
                            if a * a + b * b == (1000 - a - b) ** 2))
try:
    digits = str(2 ** 15000)
except ValueError as e:
    print("ValueError:", str(e)[:40])
    sys.set_int_max_str_digits(20000)
    digits = str(2 ** 15000)
print(len(digits), digits[:20], digits.count("7"))
