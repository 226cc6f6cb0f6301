"""Advent-of-Code style puzzles solved on embedded inputs."""
import re
from collections import deque, defaultdict, Counter
from itertools import count, combinations
from functools import reduce
from math import lcm, prod

MAZE = """\
#########
#S..#...#
#.#.#.#.#
#.#...#E#
#########"""

INSTRUCTIONS = "R2, L3, R2, R4, L2, L1, R2, R4, R1, L4, L5, R5, R5, R1, L2, R4"

MONKEYS = """\
Monkey 0: items 79, 98; op old * 19; test 23; true 2; false 3
Monkey 1: items 54, 65, 75, 74; op old + 6; test 19; true 2; false 0
Monkey 2: items 79, 60, 97; op old * old; test 13; true 1; false 3
Monkey 3: items 74; op old + 3; test 17; true 0; false 1"""

BITS = ["00100", "11110", "10110", "10111", "10101", "01111",
        "00111", "11100", "10000", "11001", "00010", "01010"]


def walk(instructions):
    pos, heading = 0j, 1j
    seen = {pos}
    first_twice = None
    for turn, steps in re.findall(r"([LR])(\d+)", instructions):
        heading *= 1j if turn == "L" else -1j
        for _ in range(int(steps)):
            pos += heading
            if pos in seen and first_twice is None:
                first_twice = pos
            seen.add(pos)
    dist = lambda z: int(abs(z.real) + abs(z.imag))
    return dist(pos), dist(first_twice) if first_twice is not None else None


def maze_bfs(text):
    grid = {complex(x, y): ch for y, line in enumerate(text.splitlines()) for x, ch in enumerate(line)}
    start = next(p for p, ch in grid.items() if ch == "S")
    end = next(p for p, ch in grid.items() if ch == "E")
    queue = deque([(start, 0)])
    seen = {start}
    while queue:
        p, d = queue.popleft()
        if p == end:
            return d
        for step in (1, -1, 1j, -1j):
            q = p + step
            if grid.get(q, "#") != "#" and q not in seen:
                seen.add(q)
                queue.append((q, d + 1))
    return -1


def parse_monkeys(text):
    monkeys = []
    for line in text.splitlines():
        m = re.match(r"Monkey (\d+): items ([\d, ]+); op old (.) (\w+); test (\d+); true (\d+); false (\d+)", line)
        idx, items, op, arg, test, t, f = m.groups()
        monkeys.append({
            "items": deque(int(x) for x in items.split(", ")),
            "op": (op, arg), "test": int(test), "targets": (int(f), int(t)), "seen": 0,
        })
    return monkeys


def monkey_business(text, rounds, relief):
    monkeys = parse_monkeys(text)
    modulus = lcm(*(m["test"] for m in monkeys))
    for _ in range(rounds):
        for m in monkeys:
            while m["items"]:
                worry = m["items"].popleft()
                m["seen"] += 1
                op, arg = m["op"]
                value = worry if arg == "old" else int(arg)
                worry = worry * value if op == "*" else worry + value
                worry = worry // 3 if relief else worry % modulus
                monkeys[m["targets"][worry % m["test"] == 0]]["items"].append(worry)
    return prod(sorted((m["seen"] for m in monkeys), reverse=True)[:2])


def power_consumption(bits):
    columns = list(zip(*bits))
    gamma = "".join(Counter(col).most_common(1)[0][0] for col in columns)
    epsilon = gamma.translate(str.maketrans("01", "10"))
    return int(gamma, 2) * int(epsilon, 2)


def life_support(bits):
    def rating(keep_most):
        pool = list(bits)
        for i in count():
            if len(pool) == 1:
                return int(pool[0], 2)
            ones = sum(b[i] == "1" for b in pool)
            want = "1" if (ones >= len(pool) - ones) == keep_most else "0"
            pool = [b for b in pool if b[i] == want]
    return rating(True) * rating(False)


def two_sum_products(nums, target, k):
    return next((prod(c) for c in combinations(nums, k) if sum(c) == target), None)


print("walk:", walk(INSTRUCTIONS), walk("R8, R4, R4, R8"))
print("maze:", maze_bfs(MAZE))
print("monkeys (20, relief):", monkey_business(MONKEYS, 20, True))
print("monkeys (1000, no relief):", monkey_business(MONKEYS, 1000, False))
print("power:", power_consumption(BITS), "life support:", life_support(BITS))
expenses = [1721, 979, 366, 299, 675, 1456]
print("expenses:", two_sum_products(expenses, 2020, 2), two_sum_products(expenses, 2020, 3),
      two_sum_products(expenses, 1, 2))
freqs = [+1, -2, +3, +1]
seen, total = {0}, 0
for i in count():
    total += freqs[i % len(freqs)]
    if total in seen:
        break
    seen.add(total)
print("first repeated frequency:", total, "after", i + 1, "changes")
polymer = "dabAcCaCBAcCcaDA"
stack = []
for ch in polymer:
    if stack and stack[-1] != ch and stack[-1].lower() == ch.lower():
        stack.pop()
    else:
        stack.append(ch)
print("polymer:", "".join(stack), len(stack),
      min(len(reduce(lambda s, c: s[:-1] if s and s[-1] != c and s[-1].lower() == c.lower() else s + c,
                     polymer.replace(u, "").replace(u.upper(), ""), "")) for u in set(polymer.lower())))
claims = ["#1 @ 1,3: 4x4", "#2 @ 3,1: 4x4", "#3 @ 5,5: 2x2"]
fabric = defaultdict(int)
parsed = [tuple(map(int, re.findall(r"\d+", c))) for c in claims]
for _, x, y, w, h in parsed:
    for dx in range(w):
        for dy in range(h):
            fabric[x + dx, y + dy] += 1
print("overlap:", sum(v > 1 for v in fabric.values()),
      "intact:", [cid for cid, x, y, w, h in parsed
                  if all(fabric[x + dx, y + dy] == 1 for dx in range(w) for dy in range(h))])
print(max([], default="empty"), min((3, "c"), (1, "z"), key=lambda t: t[1]), sum([[1], [2]], []),
      list(enumerate("ab", start=1)), list(zip("abc", range(3), strict=True)), list(reversed({"a": 1, "b": 2})))
