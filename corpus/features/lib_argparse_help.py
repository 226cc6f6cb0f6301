import argparse
import io
import sys


def show(p, args):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        p.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(text, end="")


p = argparse.ArgumentParser(prog="tool", description="Process some files and report what was found in them, with a description long enough to wrap.", epilog="See the manual for more.")
p.add_argument("files", nargs="*", help="input files (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=3, help="how many, an %(type)s (default: %(default)s)")
p.add_argument("--ratio", type=float, default=0.5, metavar="R")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="one of %(choices)s")
p.add_argument("--pair", nargs=2, metavar=("A", "B"), help="two values")
p.add_argument("--opt", nargs="?", const="CONST", default="DEF")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
p.add_argument("--many", nargs="+", help="one or more")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--required-option-with-a-very-long-name", required=False, dest="long", help="an option whose invocation is longer than the help column, so its help starts on the next line")
print(p.format_usage(), end="")
p.print_help()
show(p, ["-h"])
show(p, ["--mode", "medium"])
show(p, ["--count", "x"])

g = argparse.ArgumentParser(prog="grp")
out = g.add_argument_group("output", "Where the results go.")
out.add_argument("--out", "-o", default="-", help="file to write")
ex = g.add_mutually_exclusive_group(required=True)
ex.add_argument("--json", action="store_true", help="as JSON")
ex.add_argument("--csv", action="store_true", help="as CSV")
ex2 = out.add_mutually_exclusive_group()
ex2.add_argument("--quiet", "-q", action="store_true")
ex2.add_argument("--loud", action="store_true")
g.add_argument("name")
g.add_argument("rest", nargs=argparse.REMAINDER if False else "*")
g.print_help()
show(g, ["x"])
show(g, ["x", "--json", "--csv"])
show(g, [])
buf = io.StringIO()
g.print_usage(buf)
print(repr(buf.getvalue()))

r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter, description="""Line one
  indented line two

    more""", epilog="%(prog)s epilog")
r.add_argument("x", help="the    x   value\n  spread out")
r.print_help()

d = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
d.add_argument("--size", type=int, default=10, help="the size")
d.add_argument("--name", default="n")
d.add_argument("pos", nargs="?", default="p", help="positional")
d.add_argument("req", help="required")
print(d.format_help())

t = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
t.add_argument("--table", help="a\n  b\n    c")
t.print_help()

long = argparse.ArgumentParser(prog="a-program-with-a-rather-long-name-that-pushes-the-usage")
for i in range(8):
    long.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
long.add_argument("input")
long.add_argument("output", nargs="+")
long.print_usage()
short = argparse.ArgumentParser(prog="s")
for i in range(10):
    short.add_argument("--opt%d" % i, type=int)
short.add_argument("source")
short.add_argument("dest", nargs="?")
short.print_usage()
show(short, [])
v = argparse.ArgumentParser(prog="ver")
v.add_argument("--version", action="version", version="%(prog)s   2.0  beta")
v.print_help()
show(v, ["--version"])
e = argparse.ArgumentParser(prog="empty", add_help=False)
print(repr(e.format_help()), repr(e.format_usage()))
u = argparse.ArgumentParser(prog="custom", usage="%(prog)s [options] FILE")
u.add_argument("file")
u.print_help()
show(u, [])
