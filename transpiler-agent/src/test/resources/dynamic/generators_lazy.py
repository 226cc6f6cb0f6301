log = []


def note(tag, v):
    log.append(tag + str(v))
    return v


g = (note("x", x) * note("y", y) for x in range(1, 3) for y in range(x, 3) if y != 2)
print(log)
print(next(g), log)
print(list(g), log)
pairs = list((a, b) for a in "ab" for b in [1, 2])
print(pairs)


def firsts(rows):
    return list(r[0] for r in rows if r)


print(firsts([[1, 2], [], [3]]), sum(i * j for i in range(4) for j in range(i)))
words = ["ab", "cd"]
print(list(c.upper() for w in words for c in w))
it = (n for n in range(10**9) if n % 7 == 3)
print(next(it), next(it))
try:
    list(1 / v for v in [1, 0])
except ZeroDivisionError as e:
    print("raised lazily:", e)
