import itertools
from typing import Iterator, List, Optional

Board = List[List[int]]

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text: str) -> Board:
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(board: Board, r: int, c: int) -> set[int]:
    used = set(board[r]) | {board[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return set(range(1, 10)) - used


def solve(board: Board) -> Optional[Board]:
    best = None
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                cands = candidates(board, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return board
    r, c, cands = best
    for v in sorted(cands):
        board[r][c] = v
        if solve(board):
            return board
    board[r][c] = 0
    return None


def n_queens(n: int) -> Iterator[tuple[int, ...]]:
    cols: list[int] = []

    def place(row: int):
        if row == n:
            yield tuple(cols)
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - rr for rr, cc in enumerate(cols)):
                cols.append(c)
                yield from place(row + 1)
                cols.pop()

    yield from place(0)


def subsets_with_sum(nums, target):
    nums = sorted(nums)
    out = []

    def go(start, remaining, chosen):
        if remaining == 0:
            out.append(chosen[:])
            return
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            if nums[i] > remaining:
                break
            chosen.append(nums[i])
            go(i + 1, remaining - nums[i], chosen)
            chosen.pop()

    go(0, target, [])
    return out


def permutations_unique(s):
    if len(s) <= 1:
        return [s]
    seen = set()
    result = []
    for i, ch in enumerate(s):
        if ch in seen:
            continue
        seen.add(ch)
        for rest in permutations_unique(s[:i] + s[i + 1:]):
            result.append(ch + rest)
    return result


board = parse(PUZZLE)
solved = solve(board)
assert solved is not None
for i, row in enumerate(solved):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[k:k + 3])) for k in range(0, 9, 3)))
print("valid:", all(sorted(row) == list(range(1, 10)) for row in solved)
      and all(sorted(col) == list(range(1, 10)) for col in zip(*solved)))

for n in range(4, 9):
    sols = list(n_queens(n))
    print(f"{n}-queens: {len(sols)} solutions, first={sols[0] if sols else None}")
first = next(n_queens(6))
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))

print(subsets_with_sum([10, 1, 2, 7, 6, 1, 5], 8))
perms = permutations_unique("aabc")
print(len(perms), perms[:5])
print(sorted(set(itertools.permutations("aab"))) == sorted(tuple(p) for p in permutations_unique("aab")))
print(list(itertools.combinations(range(5), 3))[-3:])
print(list(itertools.combinations_with_replacement("ab", 3)))
print(sum(1 for p in itertools.product(range(6), repeat=3) if sum(p) == 10))
print(["".join(p) for p in itertools.product("xy", "01")])
print(list(itertools.islice(itertools.cycle("abc"), 7)), list(itertools.accumulate([1, 2, 3, 4], initial=100)))
print([list(g) for k, g in itertools.groupby("aaabccdddd")], list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])),
      list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
