nums = range(1, 11)
print([n * n for n in nums if n % 2])
print({n % 4 for n in nums})
print({n: n ** 3 for n in nums if n > 6})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([matrix[r][c] for c in range(3) for r in range(3)])
print([[row[i] for row in matrix] for i in range(3)])
print([(x, y) for x in range(4) for y in range(4) if x < y if (x + y) % 2])
words = ["apple", "Bob", "cat", "Dune", "egg"]
print({w.lower(): len(w) for w in words if w[0].isupper()})
print([w if len(w) > 3 else w.upper() for w in words])
print({c for w in words for c in w if c in "aeiou"} == set("aeiou") - {"i"})
flat = [x for sub in [[1, 2], [], [3], [4, 5, 6]] for x in sub]
print(flat)
print(sorted({len(w) for w in words}))
x = "outer"
print([x for x in "ab"], x)
print({k: [v for v in range(k)] for k in range(4)})
