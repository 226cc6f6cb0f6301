"""Graph algorithms: BFS, Dijkstra, A*, topological sort."""
import heapq
from collections import deque, defaultdict


GRID = """\
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
""".splitlines()


def find(ch):
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c != -1:
            return r, c
    raise ValueError(f"no {ch!r} in grid")


def neighbours(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != '#':
            yield nr, nc


def bfs(start, goal):
    dist = {start: 0}
    prev = {}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for nxt in neighbours(cur):
            if nxt not in dist:
                dist[nxt] = dist[cur] + 1
                prev[nxt] = cur
                q.append(nxt)
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return dist[goal], path[::-1]


def astar(start, goal):
    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_heap = [(h(start), 0, start)]
    best = {start: 0}
    expanded = 0
    while open_heap:
        f, g, cur = heapq.heappop(open_heap)
        if cur == goal:
            return g, expanded
        if g > best.get(cur, float('inf')):
            continue
        expanded += 1
        for nxt in neighbours(cur):
            ng = g + 1
            if ng < best.get(nxt, float('inf')):
                best[nxt] = ng
                heapq.heappush(open_heap, (ng + h(nxt), ng, nxt))
    return None, expanded


def dijkstra(graph, src):
    dist = defaultdict(lambda: float('inf'))
    dist[src] = 0
    heap = [(0, src)]
    seen = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in seen:
            continue
        seen.add(u)
        for v, w in graph[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (dist[v], v))
    return dict(dist)


def topo_sort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        indeg[n] += len(ds)
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(indeg):
        raise RuntimeError("cycle detected")
    return order


def main():
    s, e = find('S'), find('E')
    steps, path = bfs(s, e)
    print(f"BFS: {steps} steps, path starts {path[:4]} ends {path[-3:]}")
    g, expanded = astar(s, e)
    print(f"A*: cost={g} expanded={expanded}")
    canvas = [list(row) for row in GRID]
    for r, c in path[1:-1]:
        canvas[r][c] = '*'
    print("\n".join("".join(row) for row in canvas))

    edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
             ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
    graph = defaultdict(list)
    for a, b, w in edges:
        graph[a].append((b, w))
        graph[b].append((a, w))
    dist = dijkstra(graph, "A")
    for node in sorted(dist):
        print(f"  {node}: {dist[node]}")
    print("farthest:", max(dist.items(), key=lambda kv: kv[1]))

    deps = {
        "app": ["lib", "utils"],
        "lib": ["core"],
        "utils": ["core", "fmt"],
        "tests": ["app"],
        "core": [],
    }
    print("build order:", " -> ".join(topo_sort(deps)))
    try:
        topo_sort({"a": ["b"], "b": ["a"]})
    except RuntimeError as exc:
        print("error:", exc)


if __name__ == "__main__":
    main()
