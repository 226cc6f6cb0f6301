import argparse
import sys


def build():
    p = argparse.ArgumentParser(prog="tool", description="demo")
    p.add_argument("files", nargs="*", help="inputs")
    p.add_argument("-n", "--count", type=int, default=3)
    p.add_argument("--ratio", type=float, default="0.5")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("-I", "--include", action="append", default=[])
    p.add_argument("--pair", nargs=2, metavar=("A", "B"))
    p.add_argument("--opt", nargs="?", const="CONST", default="DEF")
    p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
    p.add_argument("--level", type=str.upper, default="info")
    return p


p = build()
print(p.parse_args())
print(p.parse_args([]))
args = p.parse_args(["a.txt", "b.txt", "-n", "7", "-vvv", "--include", "x", "-Iy", "--mode=slow", "--pair", "1", "2"])
print(args)
print(vars(args)["include"], args.count * 2, args.files, "count" in args)
print(p.parse_args(["--opt", "--ratio", "2.5", "-q", "--no-color", "--no-flag", "--lev", "warn"]))
print(p.parse_args(["--opt=given", "--count=-4", "c"]))
ns, rest = p.parse_known_args(["x", "--unknown", "7", "-n", "1"])
print(ns.files, ns.count, rest)
q = argparse.ArgumentParser(prog="calc", exit_on_error=False)
q.add_argument("op", choices=["add", "mul"])
q.add_argument("x", type=int)
q.add_argument("y", type=int, nargs="?", default=10)
print(q.parse_args(["add", "3"]), q.parse_args(["mul", "3", "4"]))
for bad in [["sub", "1"], ["add", "one"]]:
    try:
        q.parse_args(bad)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
g = argparse.ArgumentParser(prog="g")
grp = g.add_mutually_exclusive_group()
grp.add_argument("--json", action="store_true")
grp.add_argument("--csv", action="store_true")
g.set_defaults(fmt="text")
print(g.parse_args(["--json"]), g.get_default("fmt"))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), ns.a)
print(p.parse_known_args(["a", "-q", "b"]))
print(p.parse_args(["a.txt", "-q", "b.txt"]))
