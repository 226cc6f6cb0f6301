from itertools import product
from collections import Counter

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live
                     for dx, dy in product((-1, 0, 1), repeat=2) if (dx, dy) != (0, 0))
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def parse(pattern):
    return {(x, y) for y, row in enumerate(pattern.strip().split("\n")) for x, ch in enumerate(row) if ch == "O"}


gen = GLIDER
for i in range(4):
    gen = step(gen)
print(render(gen, 6, 6))
print("glider moved to", bbox(gen), "population", len(gen))
print(sorted(gen))

blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker)) == blinker, sorted(step(blinker)))

r_pentomino = parse("""
.OO
OO.
.O.
""")
pop = [len(r_pentomino)]
world = r_pentomino
for _ in range(100):
    world = step(world)
    pop.append(len(world))
print("R-pentomino populations:", pop[:12], "...", pop[-3:])
print("max population", max(pop), "at generation", pop.index(max(pop)))
print("bbox after 100:", bbox(world))

# 1D elementary automaton (rule 30 and 110)
def rule_step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1 for i in range(n)]

for rule in (30, 90, 110):
    cells = [0] * 31
    cells[15] = 1
    print(f"rule {rule}:")
    for _ in range(8):
        print("  " + "".join("█" if c else " " for c in cells).rstrip())
        cells = rule_step(cells, rule)

# Langton's ant
ant, d, black = (0, 0), 0, set()
dirs = [(0, -1), (1, 0), (0, 1), (-1, 0)]
for _ in range(11000):
    if ant in black:
        d = (d - 1) % 4
        black.remove(ant)
    else:
        d = (d + 1) % 4
        black.add(ant)
    ant = (ant[0] + dirs[d][0], ant[1] + dirs[d][1])
print("ant:", ant, "black cells:", len(black))
frozen = frozenset(GLIDER)
print(frozen == GLIDER, len({frozen, frozenset(sorted(GLIDER))}), (0, 2) in frozen)
