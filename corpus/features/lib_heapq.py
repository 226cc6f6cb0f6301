import heapq
from heapq import heapify, heappop, heappush, heappushpop, heapreplace, merge, nlargest, nsmallest

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h, h[0], len(h))
print([heappop(h) for _ in range(3)], h)
print(heappushpop(h, 0), h, heappushpop(h, 6), h)
print(heapreplace(h, 10), h, heapreplace(h, 1), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data, [heappop(data) for _ in range(len(data))])
words = ["pear", "apple", "fig", "banana", "kiwi"]
heapify(words)
print(words, heappop(words))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "alpha"), (5, "ship")]:
    heappush(tasks, (prio, name))
print([heappop(tasks) for _ in range(len(tasks))])
print(nlargest(3, [1, 8, 3, 9, 4, 9]), nsmallest(2, [5, 1, 4, 1]), nlargest(0, [1, 2]), nsmallest(10, [3, 1, 2]))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 25), ("ed", 31)]
print(nlargest(2, people, key=lambda p: p[1]), nsmallest(3, people, key=lambda p: p[1]))
print(nlargest(1, "hello"), nsmallest(1, [], key=len), nlargest(3, {"a": 1, "b": 2}), nsmallest(2, iter([4, 0, 2])))
print(nsmallest(3, ["ccc", "a", "bb", "dddd"], key=len), nlargest(3, [1.5, -2, 7, 3], key=abs))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge()), list(merge([], [1])))
print(list(merge(["a", "c"], ["b"], key=str.upper)), list(merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(merge([(1, "x")], [(1, "a")], key=lambda t: t[0])), list(merge("ace", "bdf")))
for bad in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1), lambda: heapify(None),
            lambda: heappush([1, "a"], 2), lambda: heappop(), lambda: heappush([])]:
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(heappushpop([], 5), heapq.nlargest(2, range(10)), heapq.heapify([]) is None)


class Job:
    def __init__(self, p, name):
        self.p = p
        self.name = name

    def __lt__(self, other):
        return self.p < other.p

    def __repr__(self):
        return f"Job({self.p}, {self.name!r})"


jobs = []
for j in [Job(3, "c"), Job(1, "a"), Job(2, "b")]:
    heappush(jobs, j)
print(heappop(jobs), jobs, nsmallest(1, [Job(9, "z"), Job(4, "y")]))


# Dijkstra, a typical heap user
graph = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": []}
dist = {"A": 0}
pq = [(0, "A")]
while pq:
    d, node = heappop(pq)
    if d > dist.get(node, float("inf")):
        continue
    for nxt, w in graph[node]:
        nd = d + w
        if nd < dist.get(nxt, float("inf")):
            dist[nxt] = nd
            heappush(pq, (nd, nxt))
print(dist)
