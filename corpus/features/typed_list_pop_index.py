# list.pop(i): negative indices count from the end; an empty list and an index out of range
# raise CPython's IndexError messages (the empty list is checked first); pop and insert take a
# C ssize_t index, so one past 64 bits is an OverflowError.
def josephus(n: int, k: int) -> int:
    people = list(range(1, n + 1))
    idx = 0
    while len(people) > 1:
        idx = (idx + k - 1) % len(people)
        people.pop(idx)
    return people[0]


def window_max(xs: list[int], w: int) -> list[int]:
    out: list[int] = []
    dq: list[int] = []
    for i in range(len(xs)):
        while dq and dq[0] <= i - w:
            dq.pop(0)
        while dq and xs[dq[-1]] <= xs[i]:
            dq.pop()
        dq.append(i)
        if i >= w - 1:
            out.append(xs[dq[0]])
    return out


print(josephus(41, 3), josephus(1000, 7), window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
xs = [10, 20, 30, 40, 50]
print(xs.pop(0), xs.pop(-1), xs.pop(1), xs, xs.pop(True), xs)
for i in [5, -2]:
    try:
        xs.pop(i)
    except IndexError as e:
        print("IndexError:", e)
empty: list[str] = []
try:
    empty.pop(3)
except IndexError as e:
    print("IndexError:", e)
big = [1, 2]
try:
    big.pop(2 ** 70)
except OverflowError as e:
    print("OverflowError:", e)
big.insert(-10, 0)
big.insert(10, 3)
print(big)
try:
    big.insert(-2 ** 70, 5)
except OverflowError as e:
    print("OverflowError:", e)
