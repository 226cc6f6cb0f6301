# Tight integer loops: trial division and a sieve, typed ints.
def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit: int) -> int:
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


def sieve_sum(limit: int) -> int:
    flags = [True] * limit
    flags[0] = False
    flags[1] = False
    total = 0
    for i in range(2, limit):
        if flags[i]:
            total += i
            for j in range(i * i, limit, i):
                flags[j] = False
    return total


print(count_primes(20000))
print(sieve_sum(50000))
