import argparse
import io
import sys


def run(p, args):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(text, end="")


p = argparse.ArgumentParser(prog="edge", prefix_chars="-+", description="  Lots   of\n\n   space.  ")
p.add_argument("+x", "++extra", action="store_true", help="%(prog)s extra, dest %(dest)s")
p.add_argument("coords", nargs=2, metavar="N", type=int, help="two ints")
p.add_argument("-r", "--range", nargs="*", metavar=("LO", "HI"), help="a range")
p.add_argument("--level", type=int, choices=range(1, 4), help="level in %(choices)s")
p.add_argument("--tag", action="append", help="repeatable, default %(default)r")
p.add_argument("--const", action="store_const", const=42, help="store 42")
p.add_argument("-q", action="count", help="")
p.add_argument("--empty-help", help=" ")
g = p.add_argument_group(description="A group without a title.")
g.add_argument("--untitled")
p.add_argument_group("Empty group")
p.print_help()
run(p, ["1", "2", "--level", "7"])
run(p, ["1"])
run(p, ["1", "2", "+x", "-r", "a", "b", "c"])
sub_req = argparse.ArgumentParser(prog="sr")
sp = sub_req.add_subparsers(required=True)
sp.add_parser("one")
sp.add_parser("two", aliases=["2"])
run(sub_req, [])
run(sub_req, ["three"])
run(sub_req, ["2"])
sub_req.print_help()
n = argparse.ArgumentParser(prog="n", usage=argparse.SUPPRESS, add_help=False, epilog="Only an epilog.")
n.add_argument("a")
print(repr(n.format_help()))
run(n, [])
w = argparse.ArgumentParser(prog="w", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40)) if False else argparse.ArgumentParser(prog="w", description="x" * 100)
w.add_argument("--a-very-long-option-name-indeed", metavar="SOMETHING_LONG", help="word " * 30)
w.print_help()
lam = argparse.ArgumentParser(prog="lam", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
lam.add_argument("--output-directory", metavar="DIR", help="where the generated files are written, created if missing")
lam.print_help()


class Wide(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, width=70)


wide = argparse.ArgumentParser(prog="wide", formatter_class=Wide, description="keep\n  this")
wide.add_argument("--n", type=int, default=5, help="a number")
cmds = wide.add_subparsers(dest="cmd", title="commands")
cmds.add_parser("go", help="go somewhere")
wide.print_help()
