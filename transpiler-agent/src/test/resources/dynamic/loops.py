total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(total)

for i in range(3):
    pass
else:
    print("no break", i)

for i in range(3):
    if i == 1:
        break
else:
    print("not printed")

n = 0
while n < 5:
    n += 1
else:
    print("while else", n)

while True:
    n -= 1
    if n == 2:
        break
print(n)

for i, ch in enumerate("abc"):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, end=" ")
print()
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
words = "the quick brown fox".split()
print([w.capitalize() for w in words if len(w) > 3])
print({w: len(w) for w in words})
print({len(w) for w in words})
print([(i, j) for i in range(3) for j in range(i)])
print(sum(x * x for x in range(10)))
print(list(x for x in "hello" if x != "l"))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
gen = (x * 2 for x in range(3))
print(next(gen), next(gen), list(gen))
nested = [[1, 2], [3, 4]]
print([y for x in nested for y in x])
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
