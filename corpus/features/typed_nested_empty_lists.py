# Lists built of empty lists take their element type from an annotation: adjacency lists made
# by a comprehension, `[[]] * n` (one shared inner list, as in CPython), and a literal of
# empty lists, as locals and as an annotated attribute; dicts and tuples holding empty lists too.
class Graph:
    def __init__(self, n: int) -> None:
        self.n = n
        self.adj: list[list[int]] = [[] for _ in range(n)]

    def add_edge(self, a: int, b: int) -> None:
        self.adj[a].append(b)
        self.adj[b].append(a)

    def degrees(self) -> list[int]:
        return [len(vs) for vs in self.adj]


def buckets(words: list[str], n: int) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in range(n)]
    for w in words:
        out[len(w) % n].append(w)
    return out


def shared(n: int) -> list[list[float]]:
    rows: list[list[float]] = [[]] * n
    rows[0].append(1.5)
    return rows


def pairs() -> list[list[tuple[int, str]]]:
    two: list[list[tuple[int, str]]] = [[], []]
    two[1].append((1, "one"))
    return two


def holders() -> None:
    d: dict[str, list[int]] = {"a": [], "b": []}
    d["a"].append(1)
    e: dict[int, list[str]] = {i: [] for i in range(3)}
    e[1].append("x")
    t: tuple[list[int], int] = ([], 0)
    t[0].append(7)
    print(d, e, t)


holders()
g = Graph(5)
for a, b in [(0, 1), (1, 2), (2, 0), (3, 4)]:
    g.add_edge(a, b)
print(g.adj, g.degrees())
print(buckets(["a", "bb", "ccc", "dddd", "ee"], 3))
print(shared(3), pairs())
