def evens(n: int) -> list[int]:
    return [i for i in range(n) if i % 2 == 0]


xs = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * x for x in xs])
print([x for x in xs if x > 2 if x < 9])
print(evens(10))
x = "outer"
print([x for x in range(3)], x)
pairs = [(i, c) for i in range(3) for c in "ab"]
print(pairs)
print([i * j for i in range(1, 4) for j in range(i)])
words = ["apple", "bob", "kayak", "zebra"]
print([w.upper() for w in words if w == w[::-1]])
lengths = {w: len(w) for w in words}
print(lengths)
inv = {v: k for k, v in lengths.items()}
print(inv)
print([k for k in lengths if lengths[k] > 3])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[1] for row in grid])
print([(i, w) for i, w in enumerate(words) if i != 1])
print(sum([v for v in xs]), len([1 for _ in "abc"]))
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
total = 0
for y in [z * 2 for z in xs]:
    total += y
print(total)
print([str(n) + "!" for n in [1.5, 2.0]])
