x = "outer"
result = [x for x in range(3)]
print(x, result)
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs])
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(4)])
flat = {k: v for k, v in zip("abc", range(3)) if v != 1}
print(flat)
pairs = sorted({(a, b) for a in range(3) for b in range(a)})
print(pairs)
total = 0
def f():
    data = [1, 2, 3]
    factor = 10
    return [d * factor for d in data if d > 1]
print(f())
print([y := 5, y ** 2])
print(sum(1 for _ in range(7)))
