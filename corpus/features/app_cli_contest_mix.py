import sys
import heapq
from collections import deque, Counter
from functools import lru_cache

sys.setrecursionlimit(1 << 20)
input = lambda: sys.stdin.readline().rstrip("\r\n")


def topo(n, edges):
    indeg = [0] * n
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        indeg[b] += 1
    heap = [v for v in range(n) if indeg[v] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in adj[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                heapq.heappush(heap, w)
    return order if len(order) == n else None


def bfs(grid, start, goal):
    h, w = len(grid), len(grid[0])
    dist = {start: 0}
    dq = deque([start])
    while dq:
        r, c = dq.popleft()
        if (r, c) == goal:
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                dq.append((nr, nc))
    return -1


@lru_cache(maxsize=None)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


def main():
    t = int(input())
    for case in range(t):
        kind = input().split()[0]
        if kind == "topo":
            n, m = map(int, input().split())
            edges = [tuple(map(int, input().split())) for _ in range(m)]
            order = topo(n, edges)
            print("topo:", " ".join(map(str, order)) if order else "CYCLE")
        elif kind == "maze":
            h, w = map(int, input().split())
            grid = [input() for _ in range(h)]
            s = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
            g = next((r, row.index("G")) for r, row in enumerate(grid) if "G" in row)
            print(f"maze: {bfs(grid, s, g)}")
        elif kind == "part":
            n = int(input())
            print(f"part({n}) = {ways(n, n)}")
        elif kind == "freq":
            words = input().lower().split()
            c = Counter(words)
            top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            print("freq:", top, c.most_common(1)[0][1], len(c))
        else:
            print(f"case {case}: unknown {kind!r}", file=sys.stderr)
    print(ways.cache_info().hits > 0)


main()
