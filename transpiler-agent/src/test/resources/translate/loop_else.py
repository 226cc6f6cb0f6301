def first_divisor(n: int) -> int:
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d

primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
print(first_divisor(91), first_divisor(97))
i = 0
while i < 3:
    i += 1
else:
    print("while done", i)
while True:
    i += 1
    if i > 5:
        break
else:
    print("never")
print(i)
