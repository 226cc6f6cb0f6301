import argparse
import io
import sys


def run(p, args):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        ns = p.parse_args(args)
        print({k: v for k, v in vars(ns).items() if k != "func"})
        if hasattr(ns, "func"):
            ns.func(ns)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(text, end="")


def do_add(ns):
    print("adding", ns.name, "x", ns.times)


def do_list(ns):
    print("listing", "all" if ns.all else "some")


p = argparse.ArgumentParser(prog="git-lite", description="A small version control tool.")
p.add_argument("-C", dest="directory", default=".", help="run as if started in DIR")
sub = p.add_subparsers(dest="command", required=True, help="the command to run")
add = sub.add_parser("add", help="add a file", aliases=["a"])
add.add_argument("name", help="file to add")
add.add_argument("--times", type=int, default=1)
add.set_defaults(func=do_add)
ls = sub.add_parser("list", help="list files")
ls.add_argument("--all", action="store_true", help="include hidden")
ls.set_defaults(func=do_list)
sub.add_parser("status")
run(p, ["add", "f.txt", "--times", "3"])
run(p, ["-C", "/tmp", "a", "g.txt"])
run(p, ["list", "--all"])
run(p, ["status"])
run(p, [])
run(p, ["remove"])
run(p, ["add"])
run(p, ["add", "x", "--bogus"])
run(p, ["-h"])
run(p, ["add", "-h"])
run(p, ["list", "--help"])
print(p.format_usage(), end="")
print(add.format_usage(), end="")
ns, rest = p.parse_known_args(["list", "extra", "--more"])
print(ns.command, ns.all, rest)

q = argparse.ArgumentParser(prog="calc")
q.add_argument("--precision", type=int, default=2)
subs = q.add_subparsers(title="operations", description="Pick one.", metavar="OP")
for name in ["sum", "product"]:
    sp = subs.add_parser(name, help="compute the " + name, description="Compute the %s of numbers." % name)
    sp.add_argument("numbers", nargs="+", type=float)
    sp.set_defaults(op=name)
q.print_help()
run(q, ["sum", "1", "2.5"])
run(q, ["--precision", "3", "product", "2", "4"])
run(q, [])
run(q, ["product", "-h"])

r = argparse.ArgumentParser(prog="tool")
r.add_argument("config")
rs = r.add_subparsers()
rs.add_parser("go")
print(repr(r.format_usage()))
run(r, ["c.ini", "go"])
run(r, ["c.ini", "stop"])
run(r, ["c.ini"])
run(r, ["c.ini", "go", "-h"])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--debug", action="store_true", help="debug output")
grp = parent.add_argument_group("logging")
grp.add_argument("--log", default="info", help="log level")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("target")
child.print_help()
run(child, ["t", "--debug", "--log", "warn"])
try:
    argparse.ArgumentParser(prog="clash", parents=[argparse.ArgumentParser()])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
