import sys
from collections import defaultdict, Counter
import heapq

input = sys.stdin.readline


def dijkstra(adj, n, src):
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


def main():
    t = int(input())
    out = []
    for case in range(1, t + 1):
        n, m = map(int, input().split())
        adj = defaultdict(list)
        for _ in range(m):
            a, b, w = map(int, input().split())
            adj[a].append((b, w))
            adj[b].append((a, w))
        dist = dijkstra(adj, n, 1)
        parts = []
        for v in range(1, n + 1):
            parts.append(str(dist[v]) if dist[v] != float("inf") else "-1")
        out.append("Case #%d: %s" % (case, " ".join(parts)))
        degs = Counter(len(adj[v]) for v in range(1, n + 1))
        out.append("  degrees: " + ", ".join(f"{k}x{c}" for k, c in sorted(degs.items())))
    q = int(input())
    arr = list(map(int, input().split()))
    arr.sort()
    import bisect
    for _ in range(q - 1):
        x = int(input().strip())
        i = bisect.bisect_left(arr, x)
        j = bisect.bisect_right(arr, x)
        out.append(f"{x}: lt={i} le={j} ge={len(arr) - i}")
    sys.stdout.write("\n".join(out) + "\n")
    total = sum(arr)
    print(f"mean={total / len(arr):.6f}", f"med={arr[len(arr) // 2]}", sep=" | ", end=" <\n")
    print(round(total / 7, 3), round(2.5), round(3.5), "{:>8}|{:<6}|{:^7}".format("ab", "cd", "ef"))


if __name__ == "__main__":
    main()
