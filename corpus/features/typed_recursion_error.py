# Deep recursion in typed code: 990 frames run as in CPython, deeper recursion raises
# RecursionError at CPython's default limit, which `except RecursionError` (and its base
# RuntimeError) catches; the last one is uncaught.
def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def sum_list(xs: list[int], i: int) -> int:
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)


def flood(grid: list[list[int]], r: int, c: int) -> int:
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]) or grid[r][c] != 0:
        return 0
    grid[r][c] = 2
    return 1 + flood(grid, r + 1, c) + flood(grid, r - 1, c) + flood(grid, r, c + 1) + flood(grid, r, c - 1)


print(depth(990), sum_list(list(range(900)), 0))
g = [[0] * 30 for _ in range(30)]
for i in range(29):
    g[i][15] = 1
print(flood(g, 0, 0))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    sum_list(list(range(3000)), 0)
except RuntimeError as e:
    print("RuntimeError:", e)
print(depth(10))
print(sum_list(list(range(2000)), 0))
