import sys


def parse_grid(lines):
    grid = [list(row) for row in lines if row]
    return grid


def neighbors(r, c, h, w):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w:
            yield nr, nc


def flood(grid, sr, sc):
    h, w = len(grid), len(grid[0])
    seen = {(sr, sc)}
    stack = [(sr, sc)]
    ch = grid[sr][sc]
    while stack:
        r, c = stack.pop()
        for nr, nc in neighbors(r, c, h, w):
            if (nr, nc) not in seen and grid[nr][nc] == ch:
                seen.add((nr, nc))
                stack.append((nr, nc))
    return seen


def main():
    data = sys.stdin.read().split("\n")
    h, w = map(int, data[0].split())
    rows = data[1:1 + h]
    grid = parse_grid(rows)
    assert len(grid) == h, "bad height"
    regions = []
    done = set()
    for r in range(h):
        for c in range(w):
            if (r, c) in done:
                continue
            reg = flood(grid, r, c)
            done |= reg
            regions.append((grid[r][c], len(reg), min(reg)))
    regions.sort(key=lambda t: (-t[1], t[2]))
    for ch, size, (r, c) in regions:
        print(f"region {ch!r} size={size} at ({r},{c})")
    counts = {}
    for row in grid:
        for ch in row:
            counts[ch] = counts.get(ch, 0) + 1
    print(*sorted(counts.items()), sep="; ")
    transposed = ["".join(col) for col in zip(*grid)]
    print("\n".join(transposed))
    rest = [line for line in data[1 + h:] if line.strip()]
    for q in rest:
        r, c = (int(x) for x in q.split(","))
        try:
            print("cell", r, c, "=", grid[r][c])
        except IndexError as e:
            print("error:", e)


main()
