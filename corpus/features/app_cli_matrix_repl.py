"""Matrix & query tool: reads commands until EOF or 'quit'."""
import sys
import math
from functools import reduce
from fractions import Fraction


def read_matrix(n):
    rows = []
    for _ in range(n):
        rows.append([Fraction(x) for x in input().split()])
    return rows


def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return Fraction(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d


def fmt_row(row):
    return "[" + ", ".join(str(x) for x in row) + "]"


def main():
    env = {}
    while True:
        try:
            line = input().strip()
        except EOFError:
            print("bye (eof)")
            break
        if not line:
            continue
        cmd, *args = line.split()
        if cmd == "quit":
            print("bye")
            break
        elif cmd == "mat":
            name, n = args[0], int(args[1])
            env[name] = read_matrix(n)
            print(f"{name}: {n}x{len(env[name][0])}")
        elif cmd == "det":
            print(f"det {args[0]} = {det(env[args[0]])}")
        elif cmd == "show":
            for row in env[args[0]]:
                print(fmt_row(row))
        elif cmd == "gcd":
            nums = list(map(int, args))
            print("gcd", reduce(math.gcd, nums), "lcm", reduce(lambda a, b: a * b // math.gcd(a, b), nums))
        elif cmd == "sqrt":
            x = float(args[0])
            print(f"{math.sqrt(x):.6f}", round(math.sqrt(x), 2), math.isqrt(int(x)))
        else:
            print(f"unknown command: {cmd!r}", file=sys.stderr)
    print(sorted(env))


main()
