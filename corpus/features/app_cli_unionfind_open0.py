# Competitive-style: fast token reading via open(0), union-find, answers joined.
import sys
from itertools import accumulate

def main():
    data = open(0, "rb").read().split()
    pos = 0
    def nxt():
        nonlocal pos
        pos += 1
        return int(data[pos - 1])
    n, q = nxt(), nxt()
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out = []
    comps = n
    for _ in range(q):
        t, a, b = nxt(), nxt(), nxt()
        ra, rb = find(a), find(b)
        if t == 0:
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
                comps -= 1
            out.append(str(comps))
        else:
            out.append("YES" if ra == rb else "NO")
    print("\n".join(out))
    rest = [int(x) for x in data[pos:]]
    pre = list(accumulate(rest, initial=0))
    print(*pre, sep=",")
    print(data[:3], len(data))
    print(max(size[find(i)] for i in range(1, n + 1)))

main()
