import sys
from collections import deque
from heapq import heappush, heappop
from bisect import bisect_left, bisect_right
from string import Template

input = sys.stdin.readline


def solve_grid(h, w, grid):
    dist = [[-1] * w for _ in range(h)]
    sr, sc = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "S")
    dist[sr][sc] = 0
    dq = deque([(sr, sc)])
    while dq:
        r, c = dq.popleft()
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                dq.append((nr, nc))
    gr, gc = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "G")
    return dist[gr][gc]


def kth_smallest_sums(a, b, k):
    a.sort()
    b.sort()
    heap = [(a[0] + b[j], 0, j) for j in range(min(k, len(b)))]
    out = []
    while heap and len(out) < k:
        s, i, j = heappop(heap)
        out.append(s)
        if i + 1 < len(a):
            heappush(heap, (a[i + 1] + b[j], i + 1, j))
    return out


def main():
    t = int(input())
    for case in range(1, t + 1):
        kind = input().split()[0]
        if kind == "grid":
            h, w = map(int, input().split())
            grid = [input().rstrip("\n") for _ in range(h)]
            print(f"Case #{case}: {solve_grid(h, w, grid)}")
        elif kind == "sums":
            a = list(map(int, input().split()))
            b = list(map(int, input().split()))
            k = int(input())
            print(f"Case #{case}:", *kth_smallest_sums(a, b, k))
        elif kind == "range":
            xs = sorted(map(int, input().split()))
            q = int(input())
            res = []
            for _ in range(q):
                lo, hi = map(int, input().split())
                res.append(bisect_right(xs, hi) - bisect_left(xs, lo))
            print("Case #%d: %s" % (case, " ".join(map(str, res))))
    rest = sys.stdin.read().split()
    print(len(rest), sum(int(x) for x in rest if x.lstrip("-").isdigit()))
    tpl = Template("$who scored $$${points} in ${game}")
    print(tpl.substitute(who="ann", points=42, game="chess"), tpl.safe_substitute(who="bob"))
    sys.stdout.write("done\n")


main()
