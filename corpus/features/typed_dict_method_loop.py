# A for loop over the value a dict method returns (`d.get(k, [])`, `d.pop(k, [])`) iterates
# that list; only keys(), values() and items() are views of the dict.
def topo(n: int, edges: list[tuple[int, int]]) -> list[int]:
    indeg = [0] * n
    out: dict[int, list[int]] = {}
    for a, b in edges:
        out.setdefault(a, []).append(b)
        indeg[b] += 1
    ready = [i for i in range(n) if indeg[i] == 0]
    order: list[int] = []
    while ready:
        u = ready.pop()
        order.append(u)
        for v in out.get(u, []):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
    return order


def drain(d: dict[str, list[int]], key: str) -> int:
    total = 0
    for x in d.pop(key, []):
        total += x
    return total


print(topo(8, [(5, 2), (5, 0), (4, 0), (4, 1), (2, 3), (3, 1), (7, 6)]))
d = {"a": [1, 2, 3], "b": [10]}
print(drain(d, "a"), drain(d, "a"), drain(d, "b"), d)
for k, v in d.items():
    print(k, v)
