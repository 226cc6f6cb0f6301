def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(transpose(a), matmul(a, b), matmul(a, identity(2)) == a)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
grid[0][2] += 2
print(grid, sum(map(sum, grid)), max(max(r) for r in grid))
flat = [v for row in grid for v in row if v]
print(flat, [row[::-1] for row in a], a[::-1])
det = a[0][0] * a[1][1] - a[0][1] * a[1][0]
print(det, [[round(v / det, 2) for v in row] for row in a])
