def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


p = primes()
print([next(p) for _ in range(20)])
for n in naturals(10):
    if n * n > 200:
        print("first square over 200:", n)
        break
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(list(zip(naturals(1), "abc")))


def take(n, iterable):
    out = []
    for x in iterable:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(5, (n * n for n in naturals())))
print(take(3, primes()), take(0, naturals()))
