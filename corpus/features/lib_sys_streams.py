import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
n = sys.stdout.write("written with write\n")
print(n)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print("to stdout", file=sys.stdout)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)

import io

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 42)
sys.stdout.write("and written\n")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured:", repr(captured))
print("via __stdout__", file=sys.__stdout__)
sys.stdin = io.StringIO("first\nsecond\nthird\n")
print(input(), input("prompt: "), repr(sys.stdin.readline()), [l for l in sys.stdin])
sys.stdin = sys.__stdin__
sys.stderr = io.StringIO()
print("hidden", file=sys.stderr)
hidden = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print("stderr captured:", repr(hidden))


def check(value):
    if value < 0:
        sys.exit("negative value: %d" % value)
    return value * 2


try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code)
print(check(4))
print(check(-2))
print("not reached")
