# Ints the typed translation keeps in 64 bits (loop counters, list positions, elements of lists
# built from range), next to ints that must still grow past 2**63 exactly.
def rotate_count(n: int) -> int:
    perm = list(range(n))
    counts = [0] * n
    steps = 0
    for r in range(n - 1, 0, -1):
        first = perm[0]
        for i in range(r):
            perm[i] = perm[i + 1]
        perm[r] = first
        counts[r] += 1
        steps += 1
    i, j = 0, len(perm) - 1
    while i < j:
        perm[i], perm[j] = perm[j], perm[i]
        i += 1
        j -= 1
    total = 0
    for k in range(len(perm)):
        total += perm[k] * counts[k]
    return total + steps


def counter_grows(n: int) -> int:
    # The counter stays small, but a product of it does not: that must be a big int.
    c = 0
    while c < n:
        c += 1
    big = c * 2**70
    return big + c


def negative_and_errors(xs: list[int]) -> str:
    ys = [5, -3, 7, 0]
    k = ys[-1]
    m = ys[len(ys) - 4]
    out = str(k) + "," + str(m) + "," + str(-ys[1])
    try:
        v = ys[len(ys)]
        out += "no error " + str(v)
    except IndexError as e:
        out += " IndexError: " + str(e)
    try:
        ys[-5] = 1
    except IndexError as e:
        out += " / " + str(e)
    return out


def alias(n: int) -> list[int]:
    a = list(range(n))
    b = a
    b[0] = 99
    c = a[:]
    c[1] = 77
    return [a[0], a[1], b[1], c[0], c[1], len(c)]


def huge_stop(limit: int) -> int:
    # range(..) to a big int: the loop variable stays small because the loop ends early.
    s = 0
    for i in range(10, 2**80, 7):
        s += i
        if i > limit:
            break
    return s * 2**64


def min_int_edge() -> int:
    x = -9223372036854775807
    y = x - 1
    z = y - 1
    return z


def annotated_and_chained(n: int) -> int:
    # An annotated list, a chained and an unpacked assignment of new lists stay List<Int>.
    xs: list[int] = list(range(n))
    a = b = [0] * n
    c, d = [1, 2], list(range(3))
    a[0] = xs[1]
    k: int = len(xs) - 1
    p = q = k
    q += 1
    return a[0] + b[0] + c[1] + d[2] + len(xs) + p * 10 + q * 100


def machine_ranges(n: int) -> list[int]:
    # Loops over ranges of i64 bounds: empty ones, negative starts, indexes from the end, and
    # comparisons of bounded values with each other and with literals.
    out = [0] * 8
    lo = n - 4
    for i in range(lo):
        out[0] += 1
    for i in range(lo, -3):
        out[1] += 1
    for i in range(-3, lo):
        out[2] += i
    back = -1
    for i in range(2, 5):
        out[back] += i
        back -= 1
    hits = 0
    for i in range(n):
        if i < lo or i == n - 1:
            hits += 1
        if 2 >= i:
            hits += 10
    out[3] = hits
    try:
        out[len(out)] = 1
    except IndexError as e:
        out[4] = len(str(e))
    return out


print(machine_ranges(2))
print(machine_ranges(7))
print(annotated_and_chained(5))
print(rotate_count(9))
print(counter_grows(1000))
print(negative_and_errors([1]))
print(alias(4))
print(huge_stop(100))
print(min_int_edge())
r = 2**63 - 1
for q in range(3):
    r += 1
print(r)
